using System.Diagnostics;

namespace IncidentLang.Tests.Cli;

/// <summary>A scratch git repository in a <see cref="TempFolder"/>, with its own identity and no signing, for <c>inc diff</c> tests.</summary>
internal sealed class GitScratch : IDisposable
{
    private readonly TempFolder _folder = new();

    public GitScratch()
    {
        Git("init", "--quiet", "--initial-branch=main");
        Git("config", "user.name", "IncidentLang Tests");
        Git("config", "user.email", "tests@incidentlang.invalid");
        Git("config", "commit.gpgsign", "false");
    }

    public string Path => _folder.Path;

    public string Write(string relativePath, string content) => _folder.Write(relativePath, content);

    /// <summary>Commits everything and tags the commit, so tests name revisions by tag.</summary>
    public void Commit(string tag)
    {
        Git("add", "--all");
        Git("commit", "--quiet", "--allow-empty", "-m", tag);
        Git("tag", tag);
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {stderr.Result}");
        return stdout;
    }

    public void Dispose() => _folder.Dispose();
}
