using IncidentLang.Cli;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Cli;

/// <summary>Outputs are never half written, unchanged outputs are not rewritten, and a fix never overwrites an edit.</summary>
public sealed class NothingLostTests
{
    [Fact]
    public async Task A_second_build_leaves_unchanged_outputs_alone_and_says_so()
    {
        using var folder = new TempFolder();
        var first = await CliRunner.RunAsync(TestPaths.Root, "build", "examples/salt-typhoon.inc", "-o", folder.Path);
        Assert.Equal(0, first.ExitCode);
        var json = Path.Combine(folder.Path, "salt-typhoon.json");
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(json, stamp);

        var second = await CliRunner.RunAsync(TestPaths.Root, "build", "examples/salt-typhoon.inc", "-o", folder.Path);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Unchanged " + json.Replace('\\', '/'), second.Stdout, StringComparison.Ordinal);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(json));
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void A_file_edited_since_it_was_read_counts_as_changed()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.inc", "incident a { }\n");
        Assert.False(AtomicFile.ChangedSince(path, "incident a { }\n"));
        File.WriteAllText(path, "incident a { title: \"edited\" }\n");
        Assert.True(AtomicFile.ChangedSince(path, "incident a { }\n"));
    }
}
