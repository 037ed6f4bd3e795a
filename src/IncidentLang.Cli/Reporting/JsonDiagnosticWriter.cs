using System.Text.Json;
using IncidentLang.Diagnostics;

namespace IncidentLang.Cli.Reporting;

/// <summary><c>inc check --format json</c> (docs/language.md, "Checking files"): one object with version, diagnostics (path then position) and a summary.</summary>
internal static class JsonDiagnosticWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        var report = new DiagnosticReport(
            1,
            [.. diagnostics.Select(d =>
            {
                var span = d.Location.LineSpan;
                return new DiagnosticEntry(d.Id, Diagnostic.SeverityName(d.Severity), d.Message, d.Location.FilePath,
                    span.Start.Line + 1, span.Start.Character + 1, span.End.Line + 1, span.End.Character + 1, d.Descriptor.Help);
            })],
            new DiagnosticSummary(
                diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
                diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
                diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info),
                fileCount));
        writer.Write(JsonSerializer.Serialize(report, CliJsonContext.Default.DiagnosticReport));
        writer.Write('\n');
    }
}
