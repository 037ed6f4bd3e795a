using System.CommandLine;
using IncidentLang.Cli.Git;
using IncidentLang.Cli.Reporting.Diff;
using IncidentLang.Diagnostics;
using IncidentLang.Diff;
using IncidentLang.Projects;

namespace IncidentLang.Cli.Commands;

/// <summary>
/// <c>inc diff BASE [HEAD] [PATH…] [--format text|markdown|json] [--check]</c> (docs/diff.md): compile the reports
/// at two git revisions (HEAD defaults to the working tree) and report the judgement-level changes per
/// incident, with INC2018 for changed judgements that no new revision explains.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var @base = new Argument<string>("base") { Description = "The git revision to compare from (a branch, tag, commit, HEAD~1)." };
        var rest = new Argument<string[]>("head-and-paths")
        {
            Description = "[HEAD] [PATH…]: the revision to compare to (the working tree when left out; an argument that is an existing file or folder is a PATH), then files and folders to compare (the current folder when none).",
            Arity = ArgumentArity.ZeroOrMore,
            CustomParser = CommonOptions.TokenTexts,
        };
        var format = new Option<string>("--format") { Description = "Output format: text, markdown (a pull-request comment) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var check = new Option<bool>("--check") { Description = "Exit 1 when a judgement changed and no new revision names it (INC2018)." };
        var command = new Command("diff", "Report the judgement-level changes between two git revisions of the reports.") { @base, rest, format, check };
        command.SetAction(result => Run(result.GetValue(@base)!, result.GetValue(rest) ?? [], result.GetValue(format)!, result.GetValue(check), stdout, stderr));
        return command;
    }

    private static int Run(string baseRevision, string[] rest, string format, bool check, TextWriter stdout, TextWriter stderr)
    {
        var cwd = Directory.GetCurrentDirectory();
        var repository = GitRepository.Open(cwd, out var error);
        if (repository is null)
        {
            stderr.WriteLine("inc: " + error + ".");
            return ExitCodes.BadUsage;
        }

        if (repository.ResolveCommit(baseRevision) is not { } baseCommit)
        {
            stderr.WriteLine($"inc: '{baseRevision}' is not a commit of this repository (a branch, tag, commit ID or expression such as HEAD~1).");
            return ExitCodes.BadUsage;
        }

        // The second argument is HEAD unless it is a file or folder of the working tree.
        string? headRevision = null;
        string? headCommit = null;
        var paths = rest.ToList();
        if (paths.Count > 0 && !File.Exists(paths[0]) && !Directory.Exists(paths[0]) && repository.ResolveCommit(paths[0]) is { } commit)
        {
            headRevision = paths[0];
            headCommit = commit;
            paths.RemoveAt(0);
        }

        if (paths.Count == 0)
        {
            paths.Add(".");
        }

        var before = Load(new ProjectLoader(repository.ReadSnapshot(baseCommit), baseDirectory: cwd), paths);
        var after = Load(headCommit is null ? new ProjectLoader(baseDirectory: cwd) : new ProjectLoader(repository.ReadSnapshot(headCommit), baseDirectory: cwd), paths);
        var sides = new DiffSides(baseRevision, baseCommit, headRevision, headCommit);

        // A path may be missing on one side (a report added or deleted), not on both.
        var missing = before.Unreadable.Intersect(after.Unreadable, StringComparer.Ordinal).ToList();
        foreach (var path in missing)
        {
            stderr.WriteLine(path == rest.FirstOrDefault() && headRevision is null
                ? $"inc: '{path}' is neither a commit of this repository nor a file or folder at {baseRevision} or in the working tree."
                : $"inc: cannot read '{path}': no such file or folder at {baseRevision} or at {sides.HeadLabel}.");
        }

        if (missing.Count > 0)
        {
            return ExitCodes.BadUsage;
        }

        WarnAboutErrors(stderr, before.Compilation, baseRevision);
        WarnAboutErrors(stderr, after.Compilation, sides.HeadLabel);
        var report = IncidentDiff.Compare(before.Compilation, after.Compilation);
        switch (format)
        {
            case "markdown":
                MarkdownDiffWriter.Write(stdout, report, sides);
                break;
            case "json":
                JsonDiffWriter.Write(stdout, report, sides);
                break;
            default:
                TextDiffWriter.Write(stdout, report, sides);
                break;
        }

        return check && report.Diagnostics.Any(DiffSides.Fails) ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private sealed record Side(Compilation Compilation, IReadOnlyList<string> Unreadable);

    private static Side Load(ProjectLoader loader, IReadOnlyList<string> paths)
    {
        var loaded = loader.Load(paths);
        var compilation = Compilation.Create(loaded.Trees, new CompilationOptions { RulesForFile = path => loaded.ConfigurationOf(path)?.Rules });
        return new Side(compilation, loaded.UnreadablePaths);
    }

    /// <summary>The diff reads what binds; errors are for <c>inc check</c>, but the reader should know the comparison may be partial.</summary>
    private static void WarnAboutErrors(TextWriter stderr, Compilation compilation, string side)
    {
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors > 0)
        {
            stderr.WriteLine($"inc: warning: the reports at {side} have {errors} error{(errors == 1 ? string.Empty : "s")}; what could not be bound is left out of the comparison (run 'inc check').");
        }
    }
}
