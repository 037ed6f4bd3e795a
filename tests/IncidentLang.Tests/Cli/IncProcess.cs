using System.Diagnostics;

namespace IncidentLang.Tests.Cli;

/// <summary>
/// Runs the built <c>inc.dll</c> next to the tests as a process of its own (<c>dotnet inc.dll …</c>), for what only a real
/// process shows: its entry assembly (the version), its name in usage lines, being killed, or running beside another.
/// </summary>
internal static class IncProcess
{
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "inc.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunToEndAsync(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        RunToEndAsync(Start(AppContext.BaseDirectory, null, args));
}
