using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using IncidentLang.Projects;

namespace IncidentLang.Cli.Git;

/// <summary>
/// The git repository holding a folder, read through the <c>git</c> command-line tool (every CI runner has
/// it): which commit a revision names, and the reports of a commit as an in-memory snapshot under the paths
/// they would have in a checkout (docs/diff.md). Nothing is checked out and nothing is written.
/// </summary>
internal sealed class GitRepository
{
    private GitRepository(string workingDirectory, string root)
    {
        WorkingDirectory = workingDirectory;
        Root = root;
    }

    /// <summary>The folder commands run in (the current folder).</summary>
    public string WorkingDirectory { get; }

    /// <summary>The top of the working tree, as a path from <see cref="WorkingDirectory"/> (so symbolic links in it stay as they are).</summary>
    public string Root { get; }

    /// <summary>The repository holding <paramref name="directory"/>, or null with the reason.</summary>
    public static GitRepository? Open(string directory, out string error)
    {
        var result = Run(directory, ["rev-parse", "--show-prefix"]);
        if (result is null)
        {
            error = "git was not found; inc diff runs the git command-line tool, which must be on PATH";
            return null;
        }

        if (result.ExitCode != 0)
        {
            error = result.Stderr.Contains("not a git repository", StringComparison.Ordinal)
                ? $"'{directory}' is not in a git repository"
                : $"git cannot read the repository of '{directory}': {FirstLine(result.Stderr)}";
            return null;
        }

        // "reports/2024/" → two levels below the top of the working tree.
        var prefix = Encoding.UTF8.GetString(result.Stdout).Trim();
        var depth = prefix.Split('/', StringSplitOptions.RemoveEmptyEntries).Length;
        var root = Path.GetFullPath(Path.Combine([directory, .. Enumerable.Repeat("..", depth)]));
        error = string.Empty;
        return new GitRepository(directory, root);
    }

    /// <summary>The full ID of the commit <paramref name="revision"/> names (a branch, tag, <c>HEAD~1</c>, an ID), or null when it names none.</summary>
    public string? ResolveCommit(string revision)
    {
        if (revision.Length == 0 || revision.StartsWith('-'))
        {
            return null;
        }

        var result = Run(WorkingDirectory, ["rev-parse", "--verify", "--quiet", revision + "^{commit}"]);
        return result is { ExitCode: 0 } ? Encoding.UTF8.GetString(result.Stdout).Trim() : null;
    }

    /// <summary>
    /// The <c>*.inc</c> and <c>incidentlang.json</c> files of a commit, under their full paths in the working
    /// tree: two git processes whatever the number of files (<c>ls-tree</c>, then one <c>cat-file --batch</c>).
    /// </summary>
    public ProjectFileSystem ReadSnapshot(string commit)
    {
        var listing = Run(Root, ["ls-tree", "-r", "-z", "--full-tree", commit]) ?? throw new InvalidOperationException("git could not be started.");
        if (listing.ExitCode != 0)
        {
            throw new InvalidOperationException($"git ls-tree failed: {FirstLine(listing.Stderr)}");
        }

        // "<mode> SP <type> SP <object> TAB <path>", NUL-terminated; symbolic links (120000) and submodules are left out.
        var blobs = new List<(string Id, string Path)>();
        foreach (var entry in Encoding.UTF8.GetString(listing.Stdout).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var fields = entry[..tab].Split(' ');
            var path = entry[(tab + 1)..];
            if (fields is [not "120000", "blob", var id] && IsReportFile(path))
            {
                blobs.Add((id, path));
            }
        }

        var files = new List<KeyValuePair<string, byte[]>>(blobs.Count);
        if (blobs.Count > 0)
        {
            var input = string.Concat(blobs.Select(b => b.Id + "\n"));
            var contents = Run(Root, ["cat-file", "--batch"], input) ?? throw new InvalidOperationException("git could not be started.");
            var position = 0;
            foreach (var (_, path) in blobs)
            {
                // "<object> SP blob SP <size> LF <contents> LF"
                var headerEnd = Array.IndexOf(contents.Stdout, (byte)'\n', position);
                var header = Encoding.ASCII.GetString(contents.Stdout, position, headerEnd - position).Split(' ');
                var size = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
                files.Add(KeyValuePair.Create(Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar)), contents.Stdout.AsSpan(headerEnd + 1, size).ToArray()));
                position = headerEnd + 1 + size + 1;
            }
        }

        return ProjectFileSystem.FromFiles(files);
    }

    private static bool IsReportFile(string path) =>
        path.EndsWith(".inc", StringComparison.Ordinal) || path == ProjectConfiguration.FileName || path.EndsWith("/" + ProjectConfiguration.FileName, StringComparison.Ordinal);

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";

    private sealed record Result(int ExitCode, byte[] Stdout, string Stderr);

    /// <summary>Runs git; null when it cannot be started (not installed).</summary>
    private static Result? Run(string directory, string[] arguments, string? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Never ask for credentials or open an editor; messages in English, whatever the locale.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        {
            // Write, read stdout and read stderr at once: git blocks when a pipe's buffer is full.
            var writing = input is null ? Task.CompletedTask : Task.Run(() =>
            {
                using var stdin = process.StandardInput.BaseStream;
                stdin.Write(Encoding.UTF8.GetBytes(input));
            });
            var stderr = process.StandardError.ReadToEndAsync();
            using var stdout = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(stdout);
            writing.GetAwaiter().GetResult();
            process.WaitForExit();
            return new Result(process.ExitCode, stdout.ToArray(), stderr.GetAwaiter().GetResult());
        }
    }
}
