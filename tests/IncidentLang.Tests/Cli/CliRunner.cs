using IncidentLang.Cli;

namespace IncidentLang.Tests.Cli;

/// <summary>Runs the real command line in-process, capturing stdout, stderr and the exit code.</summary>
internal static class CliRunner
{
    private static readonly SemaphoreSlim CurrentDirectoryLock = new(1, 1);

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(string workingDirectory, params string[] args)
    {
        await CurrentDirectoryLock.WaitAsync();
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(workingDirectory);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = await IncCommandLine.RunAsync(args, stdout, stderr);
            return new Result(code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            CurrentDirectoryLock.Release();
        }
    }
}
