using System.CommandLine;
using IncidentLang.Cli.Reporting;
using IncidentLang.Diagnostics;

namespace IncidentLang.Cli.Commands;

/// <summary>
/// <c>inc check PATH… [--format text|json|sarif|github] [--warnaserror] [--config FILE] [--today DATE] [--fix [--dry-run]]</c>:
/// report diagnostics. With <c>--fix</c>, first apply every safe fix (<see cref="FixRun"/>), write
/// each changed file atomically, then report what remains in the files as written; with
/// <c>--dry-run</c>, print the changes as a unified diff on stdout instead, write nothing, and
/// report what would remain on stderr. Either way the exit code is that of the check of the
/// fixed text (docs/language.md, "Fixing what can be fixed").
/// </summary>
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
        var fix = new Option<bool>("--fix") { Description = "Apply every safe fix (rewriting the files), then report what remains." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print the fixes as a unified diff and write nothing." };
        var jobs = CommonOptions.Jobs();
        var command = new Command("check", "Compile the files and report every diagnostic; with --fix, apply the safe fixes first.") { paths, format, warnAsError, config, today, fix, dryRun, jobs };
        command.SetAction(result =>
        {
            var formatName = result.GetValue(format)!;
            if (result.GetValue(dryRun) && !result.GetValue(fix))
            {
                stderr.WriteLine("inc: --dry-run shows what --fix would change; use it with --fix.");
                return ExitCodes.BadUsage;
            }

            if (result.GetValue(dryRun) && formatName != "text")
            {
                stderr.WriteLine($"inc: --fix --dry-run prints a diff; it cannot be combined with --format {formatName}.");
                return ExitCodes.BadUsage;
            }

            if (CommonOptions.ResolveJobs(result.GetValue(jobs), stderr) is not { } jobCount)
            {
                return ExitCodes.BadUsage;
            }

            var pathValues = result.GetValue(paths)!;
            var todayValue = CommonOptions.ParseToday(result.GetValue(today));
            CompilationRun? run;
            using (var progress = ProgressLine.For(stderr))
            {
                // Without --fix no compilation is needed afterwards: the check streams (docs/architecture.md, "Streamed check").
                run = result.GetValue(fix)
                    ? CompilationRun.Start(pathValues, result.GetValue(config), todayValue, stderr, jobCount, progress)
                    : CompilationRun.Check(pathValues, result.GetValue(config), todayValue, stderr, jobCount, progress);
            }

            if (run is null)
            {
                return ExitCodes.BadUsage;
            }

            var badUsage = !run.UnreadablePaths.IsEmpty;
            var report = stdout;
            if (result.GetValue(fix))
            {
                var fixes = FixRun.Apply(run);
                foreach (var path in fixes.NotValidUtf8)
                {
                    stderr.WriteLine($"inc: not fixing '{path}': it is not valid UTF-8 (INC0008), and rewriting it would change bytes no fix touches.");
                }

                if (!fixes.Settled)
                {
                    stderr.WriteLine($"inc: the fixes were still changing the files after {FixRun.MaxRounds} rounds; please report this.");
                }

                // What the fixes did goes where it does not disturb a machine-readable report.
                var notes = formatName == "text" && !result.GetValue(dryRun) ? stdout : stderr;
                if (result.GetValue(dryRun))
                {
                    foreach (var file in fixes.Files)
                    {
                        stdout.Write(UnifiedDiff.Create(file.Path, file.Original.Text, file.Fixed.Text));
                    }

                    notes.WriteLine(fixes.Files.IsEmpty ? "No fixes to apply." : $"Would apply {Count(fixes.Files.Sum(f => f.FixCount), "fix", "fixes")} in {Count(fixes.Files.Length, "file", "files")}; afterwards:");
                    run = fixes.Result;
                    report = stderr;
                }
                else
                {
                    TestHooks.Pause(TestHooks.PauseBeforeFixWrite);
                    foreach (var file in fixes.Files)
                    {
                        try
                        {
                            // A file edited while inc was checking it is not overwritten with fixes of its old text.
                            if (AtomicFile.ChangedSince(file.Path, file.Original.Text))
                            {
                                stderr.WriteLine($"inc: not fixing '{file.Path}': it changed on disk while inc was checking it; run the command again.");
                                badUsage = true;
                                continue;
                            }

                            AtomicFile.Write(file.Path, file.Fixed.Text, AtomicFile.HasByteOrderMark(file.Path));
                            notes.WriteLine($"Fixed {file.Path} ({Count(file.FixCount, "fix", "fixes")}).");
                        }
                        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                        {
                            stderr.WriteLine($"inc: cannot write '{file.Path}': {e.Message}");
                            badUsage = true;
                        }
                    }

                    // Report on the files as they now are on disk.
                    if (!fixes.Files.IsEmpty)
                    {
                        run = CompilationRun.Start(pathValues, result.GetValue(config), todayValue, TextWriter.Null, jobCount)!;
                    }
                }
            }

            switch (formatName)
            {
                case "json":
                    JsonDiagnosticWriter.Write(report, run.Diagnostics, run.FileCount);
                    break;
                case "sarif":
                    SarifDiagnosticWriter.Write(report, run.Diagnostics, SarifDiagnosticWriter.FindRepositoryRoot(Directory.GetCurrentDirectory()));
                    break;
                case "github":
                    GitHubDiagnosticWriter.Write(report, run.Diagnostics, run.FileCount, Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY"));
                    break;
                default:
                    // Source excerpts only for a person at a terminal: redirected output stays one line per diagnostic.
                    TextDiagnosticWriter.Write(report, run.Diagnostics, run.FileCount, excerpts: ReferenceEquals(report, Console.Out) && !Console.IsOutputRedirected);
                    break;
            }

            if (badUsage)
            {
                return ExitCodes.BadUsage;
            }

            var failed = run.HasErrors || (result.GetValue(warnAsError) && run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning));
            return failed ? ExitCodes.ErrorsFound : ExitCodes.Success;
        });
        return command;
    }

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
