using IncidentLang.Diagnostics;
using IncidentLang.Diff;

namespace IncidentLang.Cli.Reporting.Diff;

/// <summary>
/// The two sides of <c>inc diff</c>: BASE (a revision as typed and its commit) and HEAD (a revision and its
/// commit, or the working tree when <see cref="HeadRevision"/> is null).
/// </summary>
internal sealed record DiffSides(string BaseRevision, string BaseCommit, string? HeadRevision, string? HeadCommit)
{
    public string HeadLabel => HeadRevision ?? "working tree";

    /// <summary>Where a HEAD file is: <c>reports/x.inc</c> in the working tree, <c>reports/x.inc@feature</c> at a revision.</summary>
    public string HeadPath(string path) => HeadRevision is null ? path : path + "@" + HeadRevision;

    /// <summary>The canonical compiler line, with the HEAD path: <c>reports/x.inc@feature(40,9): warning INC2018: …</c>.</summary>
    public string Line(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.LineSpan.Start;
        return $"{HeadPath(diagnostic.Location.FilePath)}({start.Line + 1},{start.Character + 1}): {Diagnostic.SeverityName(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}";
    }

    /// <summary>"lowered", "raised", "given", "removed", "changed"; for <c>key</c>, "now key" and "no longer key".</summary>
    public static string Word(ChangeDirection direction) => direction switch
    {
        ChangeDirection.Raised => "raised",
        ChangeDirection.Lowered => "lowered",
        ChangeDirection.Added => "given",
        ChangeDirection.Removed => "removed",
        _ => "changed",
    };

    public static string Word(ClaimStanding standing) => standing switch
    {
        ClaimStanding.Withdrawn => "withdrawn",
        ClaimStanding.Superseded => "superseded",
        _ => "standing",
    };

    public static string Word(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };

    /// <summary>Warnings and errors count for <c>--check</c>; an INC2018 lowered to info in configuration does not.</summary>
    public static bool Fails(Diagnostic diagnostic) => diagnostic.Severity != DiagnosticSeverity.Info;
}
