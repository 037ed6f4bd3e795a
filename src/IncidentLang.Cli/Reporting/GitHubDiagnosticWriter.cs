using System.Globalization;
using System.Text;
using IncidentLang.Diagnostics;

namespace IncidentLang.Cli.Reporting;

/// <summary>
/// <c>--format github</c>: GitHub Actions workflow commands
/// (<c>::error file=…,line=…,endLine=…,col=…,endColumn=…,title=INC1005::message</c>), escaped as
/// GitHub requires. GitHub shows only 10 annotations of each level per step, so the full list is
/// also appended as a Markdown table to the file named by GITHUB_STEP_SUMMARY, when set.
/// </summary>
internal static class GitHubDiagnosticWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int fileCount, string? stepSummaryPath)
    {
        foreach (var d in diagnostics)
        {
            var span = d.Location.LineSpan;
            var command = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"::{command} file={EscapeProperty(d.Location.FilePath)},line={span.Start.Line + 1},endLine={span.End.Line + 1},col={span.Start.Character + 1},endColumn={span.End.Character + 1},title={EscapeProperty(d.Id)}::{EscapeData(d.Message)}\n"));
        }

        if (!string.IsNullOrEmpty(stepSummaryPath))
        {
            File.AppendAllText(stepSummaryPath, Summary(diagnostics, fileCount));
        }
    }

    /// <summary>Message data: %, CR and LF are percent-encoded.</summary>
    internal static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Property values: also ':' and ','.</summary>
    internal static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    internal static string Summary(IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        var builder = new StringBuilder();
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var infos = diagnostics.Count - errors - warnings;
        builder.Append(CultureInfo.InvariantCulture, $"### IncidentLang: {errors} errors, {warnings} warnings, {infos} infos in {fileCount} files\n\n");
        if (diagnostics.Count > 0)
        {
            builder.Append("| Severity | ID | File | Line | Column | Message |\n|---|---|---|---|---|---|\n");
            foreach (var d in diagnostics)
            {
                var start = d.Location.LineSpan.Start;
                builder.Append(CultureInfo.InvariantCulture,
                    $"| {Diagnostic.SeverityName(d.Severity)} | {d.Id} | {Cell(d.Location.FilePath)} | {start.Line + 1} | {start.Character + 1} | {Cell(d.Message)} |\n");
            }
        }

        return builder.Append('\n').ToString();
    }

    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal);
}
