using System.CommandLine;
using IncidentLang.Cli.Reporting;
using IncidentLang.Diagnostics;

namespace IncidentLang.Cli.Commands;

/// <summary><c>inc check PATH… [--format text|json|sarif|github] [--warnaserror] [--config FILE] [--today DATE]</c>: report diagnostics only.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format") { Description = "Output format: text, json, sarif or github.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors for the exit code." };
        var config = CommonOptions.Config();
        var today = CommonOptions.Today();
        var command = new Command("check", "Compile the files and report every diagnostic; write nothing.") { paths, format, warnAsError, config, today };
        command.SetAction(result =>
        {
            var run = CompilationRun.Start(result.GetValue(paths)!, result.GetValue(config), CommonOptions.ParseToday(result.GetValue(today)), stderr);
            if (run is null)
            {
                return ExitCodes.BadUsage;
            }

            switch (result.GetValue(format))
            {
                case "json":
                    JsonDiagnosticWriter.Write(stdout, run.Diagnostics, run.FileCount);
                    break;
                case "sarif":
                    SarifDiagnosticWriter.Write(stdout, run.Diagnostics, SarifDiagnosticWriter.FindRepositoryRoot(Directory.GetCurrentDirectory()));
                    break;
                case "github":
                    GitHubDiagnosticWriter.Write(stdout, run.Diagnostics, run.FileCount, Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY"));
                    break;
                default:
                    // Source excerpts only for a person at a terminal: redirected output stays one line per diagnostic.
                    TextDiagnosticWriter.Write(stdout, run.Diagnostics, run.FileCount, excerpts: ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected);
                    break;
            }

            if (!run.UnreadablePaths.IsEmpty)
            {
                return ExitCodes.BadUsage;
            }

            var failed = run.HasErrors || (result.GetValue(warnAsError) && run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning));
            return failed ? ExitCodes.ErrorsFound : ExitCodes.Success;
        });
        return command;
    }
}
