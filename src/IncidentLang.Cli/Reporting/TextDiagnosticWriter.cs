using IncidentLang.Diagnostics;

namespace IncidentLang.Cli.Reporting;

/// <summary>The canonical compiler format (§5): <c>path(line,col): error INC1005: message</c>, then a summary line.</summary>
internal static class TextDiagnosticWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var infos = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        writer.WriteLine($"{Plural(fileCount, "file")} checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "info")}.");
    }

    private static string Plural(int count, string word) => $"{count} {word}{(count == 1 || word == "info" ? string.Empty : "s")}";
}
