using System.Text;

namespace IncidentLang.Cli;

/// <summary>
/// Writes a file so that readers see either the old content or the new, never half of it:
/// the content goes to a temporary file in the same folder, which then replaces the target.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string content) => Write(path, content, byteOrderMark: false);

    /// <summary>
    /// Writes <paramref name="content"/> (UTF-8, no byte order mark) unless the file already holds exactly
    /// these bytes: an unchanged output keeps its timestamp, so tools that watch it see no change. True when written.
    /// </summary>
    public static bool WriteIfChanged(string path, string content)
    {
        var bytes = Utf8NoBom.GetBytes(content);
        var info = new FileInfo(path);
        if (info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        Write(path, content);
        return true;
    }

    /// <summary>Writes <paramref name="content"/> as UTF-8, with a byte order mark when asked (to keep a file's own).</summary>
    public static void Write(string path, string content, bool byteOrderMark)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = TemporaryPathFor(full);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                if (byteOrderMark)
                {
                    stream.Write((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
                }

                var bytes = Utf8NoBom.GetBytes(content);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            Replace(temporary, full);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>The temporary file a write of <paramref name="fullPath"/> goes through: <c>.NAME.PID.GUID.tmp</c> in its folder.</summary>
    internal static string TemporaryPathFor(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");

    /// <summary>Deletes a temporary file no longer wanted; one that cannot be deleted is left for <see cref="RemoveStaleTemporaryFiles"/> once this process has ended.</summary>
    internal static void DeleteTemporary(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for RemoveStaleTemporaryFiles.
        }
    }

    /// <summary>Puts the complete (flushed) <paramref name="temporary"/> file in the place of <paramref name="fullPath"/> by a rename.</summary>
    internal static void Replace(string temporary, string fullPath)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(fullPath))
        {
            // Rewriting a file keeps who may read it.
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(fullPath));
        }

        File.Move(temporary, fullPath, overwrite: true);
    }

    /// <summary>
    /// Deletes the temporary files <see cref="Write"/> names (<c>.NAME.PID.GUID.tmp</c>) in <paramref name="directory"/>
    /// whose process is no longer running: what a writer killed between creating its temporary file and
    /// renaming it left behind. A live writer's (another build into the same folder) are left alone;
    /// so are files of any other name. Returns how many were deleted; never throws for a file that vanished
    /// or cannot be deleted.
    /// </summary>
    public static int RemoveStaleTemporaryFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            if (TemporaryFileOwner(Path.GetFileName(path)) is not { } pid || IsRunning(pid))
            {
                continue;
            }

            try
            {
                File.Delete(path);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }

        return removed;
    }

    /// <summary>The process ID in a temporary file's name <c>.NAME.PID.GUID.tmp</c>; null for any other name.</summary>
    internal static int? TemporaryFileOwner(string fileName)
    {
        var parts = fileName.Split('.');
        // "", NAME (itself possibly dotted), PID, GUID (32 hex digits), "tmp"
        if (parts.Length < 5 || parts[0].Length != 0 || parts[^1] != "tmp" || parts[^2].Length != 32
            || !parts[^2].All(char.IsAsciiHexDigitLower) || !int.TryParse(parts[^3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid))
        {
            return null;
        }

        return pid;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Whether the file's text is no longer <paramref name="text"/> (someone edited it since it was read).</summary>
    public static bool ChangedSince(string path, string text) =>
        !IncidentLang.Text.SourceText.FromBytes(File.ReadAllBytes(path), path).Text.Equals(text, StringComparison.Ordinal);

    /// <summary>Whether the file starts with the UTF-8 byte order mark.</summary>
    public static bool HasByteOrderMark(string path)
    {
        Span<byte> head = stackalloc byte[3];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, 3, throwOnEndOfStream: false) == 3 && head.SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
    }
}
