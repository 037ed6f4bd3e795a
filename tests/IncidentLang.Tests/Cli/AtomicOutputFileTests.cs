using System.Text;
using IncidentLang.Cli;

namespace IncidentLang.Tests.Cli;

/// <summary>
/// <see cref="AtomicOutputFile"/>: an output written as it renders ends up with exactly the bytes written, replaces the
/// target only on commit, leaves a file that already holds these bytes alone (timestamp included), and leaves nothing
/// behind when it is not committed.
/// </summary>
public sealed class AtomicOutputFileTests
{
    private static readonly DateTime Stamp = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>200 KB of text (more than the 64 KiB compare buffer), different at every line.</summary>
    private static byte[] Content(string tag = "") =>
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 5000).Select(i => $"line {i} {tag}— naïve ✓ text\n")));

    /// <summary>Writes <paramref name="bytes"/> in pieces of varied size (1 byte to 100 KB), then commits.</summary>
    private static bool WriteInPieces(string path, byte[] bytes)
    {
        using var file = new AtomicOutputFile(path);
        var sizes = new[] { 1, 7, 4096, 100_000, 3, 65_536, 65_537 };
        for (int at = 0, n = 0; at < bytes.Length; n++)
        {
            var size = Math.Min(sizes[n % sizes.Length], bytes.Length - at);
            file.Write(bytes, at, size);
            at += size;
        }

        return file.Commit();
    }

    [Fact]
    public void A_new_file_gets_the_bytes_written()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "out", "a.html");
        var bytes = Content();

        Assert.True(WriteInPieces(path, bytes));

        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void A_file_that_already_holds_the_bytes_is_left_alone()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "a.html");
        var bytes = Content();
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, Stamp);

        Assert.False(WriteInPieces(path, bytes));

        Assert.Equal(Stamp, File.GetLastWriteTimeUtc(path));
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Single(Directory.EnumerateFiles(folder.Path));
    }

    [Theory]
    [InlineData("shorter")]
    [InlineData("longer")]
    [InlineData("one byte differs early")]
    [InlineData("one byte differs late")]
    [InlineData("different")]
    [InlineData("empty")]
    public void A_file_that_differs_is_replaced_by_exactly_the_bytes_written(string change)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "a.html");
        var old = Content();
        var bytes = change switch
        {
            "shorter" => old[..(old.Length * 2 / 3)],
            "longer" => [.. old, .. old],
            "one byte differs early" => Flip(old, 10),
            "one byte differs late" => Flip(old, old.Length - 10),
            "empty" => [],
            _ => Content("new "),
        };
        File.WriteAllBytes(path, old);
        File.SetLastWriteTimeUtc(path, Stamp);

        Assert.True(WriteInPieces(path, bytes));

        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.NotEqual(Stamp, File.GetLastWriteTimeUtc(path));
        Assert.Single(Directory.EnumerateFiles(folder.Path));

        static byte[] Flip(byte[] bytes, int at)
        {
            var copy = bytes.ToArray();
            copy[at] ^= 1;
            return copy;
        }
    }

    [Fact]
    public void An_output_not_committed_leaves_the_old_file_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "a.json");
        var old = Content();
        File.WriteAllBytes(path, old);
        var fresh = Path.Combine(folder.Path, "b.json");

        using (var file = new AtomicOutputFile(path))
        using (var other = new AtomicOutputFile(fresh))
        {
            var bytes = Content("new ");
            file.Write(bytes);
            other.Write(bytes);
            // Written, but not committed (the incident's next format failed): both temporary files exist now.
            Assert.Equal(2, Directory.EnumerateFiles(folder.Path, ".*.tmp").Count());
        }

        Assert.Equal(old, File.ReadAllBytes(path));
        Assert.False(File.Exists(fresh));
        Assert.Single(Directory.EnumerateFiles(folder.Path));
    }

    [Fact]
    public void A_target_that_cannot_be_replaced_fails_on_commit_and_leaves_nothing_behind()
    {
        using var folder = new TempFolder();
        // A folder where the file should go.
        var path = Path.Combine(folder.Path, "a.json");
        Directory.CreateDirectory(path);

        using (var file = new AtomicOutputFile(path))
        {
            file.Write(Content());
            Assert.ThrowsAny<IOException>(() => file.Commit());
        }

        Assert.True(Directory.Exists(path));
        Assert.Empty(Directory.EnumerateFiles(folder.Path));
    }

    [Fact]
    public void A_prepared_output_leaves_the_target_alone_until_its_temporary_file_is_synced_and_renamed()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "a.html");
        File.WriteAllBytes(path, Content("old"));
        var bytes = Content("new");

        string? temporary;
        using (var file = new AtomicOutputFile(path))
        {
            file.Write(bytes);
            temporary = file.Prepare();
        }

        Assert.NotNull(temporary);
        Assert.Equal(Content("old"), File.ReadAllBytes(path)); // disposing a prepared output keeps its temporary file
        Assert.Equal(bytes, File.ReadAllBytes(temporary));
        FileSystemSync.Flush([temporary, Path.Combine(folder.Path, "missing.tmp")]); // a file gone is left for its rename to report
        AtomicOutputFile.ReplaceOrDelete(temporary, path);

        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Single(Directory.EnumerateFiles(folder.Path));
    }

    [Fact]
    public void A_prepared_output_that_the_target_already_holds_has_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "a.html");
        var bytes = Content();
        File.WriteAllBytes(path, bytes);

        using (var file = new AtomicOutputFile(path))
        {
            file.Write(bytes);
            Assert.Null(file.Prepare());
        }

        Assert.Single(Directory.EnumerateFiles(folder.Path));
    }

    [Fact]
    public void A_rename_that_fails_deletes_the_temporary_file()
    {
        using var folder = new TempFolder();
        var temporary = Path.Combine(folder.Path, ".a.html.tmp");
        File.WriteAllText(temporary, "x");
        var target = Path.Combine(folder.Path, "a-folder");
        Directory.CreateDirectory(Path.Combine(target, "inside")); // a non-empty folder cannot be replaced by a file

        Assert.ThrowsAny<IOException>(() => AtomicOutputFile.ReplaceOrDelete(temporary, target));

        Assert.False(File.Exists(temporary));
    }
}
