using IncidentLang.Diagnostics;

namespace IncidentLang.Cli.Reporting;

/// <summary>The canonical compiler format (docs/language.md, "Checking files"): <c>path(line,col): error INC1005: message</c>, then a summary line.</summary>
internal static class TextDiagnosticWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int fileCount, bool excerpts = false)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
            if (excerpts)
            {
                WriteExcerpt(writer, diagnostic);
            }
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var infos = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        writer.WriteLine($"{Plural(fileCount, "file")} checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "info")}.");
    }

    /// <summary>The source line and a caret under the span (for people at a terminal; never in redirected output).</summary>
    internal static void WriteExcerpt(TextWriter writer, Diagnostic diagnostic)
    {
        var text = diagnostic.Location.Text;
        var span = diagnostic.Location.LineSpan;
        var line = text.GetLineSpan(span.Start.Line);
        var lineText = text.ToString(line).Replace('\t', ' ');
        var width = span.End.Line == span.Start.Line ? Math.Max(1, span.End.Character - span.Start.Character) : Math.Max(1, lineText.Length - span.Start.Character);
        var number = (span.Start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteLine($"  {number} | {lineText}");
        writer.WriteLine($"  {new string(' ', number.Length)} | {new string(' ', span.Start.Character)}{new string('^', width)}");
    }

    // Concatenated, not interpolated: an interpolated string inside the summary line's own one returned two pooled buffers of
    // one size on one thread, and the second return set up the array pool's per-processor stacks, whose first use times the
    // processor-number instruction: about 0.5 ms at the end of every check (docs/performance.md, "Start-up").
    private static string Plural(int count, string word) =>
        string.Concat(count.ToString(System.Globalization.CultureInfo.InvariantCulture), " ", word, count == 1 || word == "info" ? string.Empty : "s");
}
