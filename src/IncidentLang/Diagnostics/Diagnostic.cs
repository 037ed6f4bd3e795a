using System.Globalization;
using IncidentLang.Text;

namespace IncidentLang.Diagnostics;

/// <summary>One reported problem: a descriptor, where it is, and its formatted message.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Location Location, DiagnosticSeverity Severity, string Message)
{
    /// <summary>A replacement the editor can offer (the "did you mean" of INC1001/1005/1007).</summary>
    public string? Suggestion { get; init; }

    /// <summary>A safe fix the editor can apply (and <c>inc check --fix</c>), when the rule knows one.</summary>
    public DiagnosticFix? Fix { get; init; }

    public string Id => Descriptor.Id;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] args) =>
        new(descriptor, location, descriptor.DefaultSeverity, descriptor.FormatMessage(args));

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceText text, TextSpan span, params object?[] args) =>
        Create(descriptor, new Location(text, span), args);

    /// <summary>Orders by file path (ordinal), then position, then ID.</summary>
    public static int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(x.Location.FilePath, y.Location.FilePath);
        if (c == 0) c = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        if (c == 0) c = x.Location.Span.End.CompareTo(y.Location.Span.End);
        if (c == 0) c = string.CompareOrdinal(x.Id, y.Id);
        if (c == 0) c = string.CompareOrdinal(x.Message, y.Message);
        return c;
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The canonical compiler line: <c>path(line,col): error INC1005: message</c>.</summary>
    public override string ToString()
    {
        var start = Location.LineSpan.Start;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Location.FilePath}({start.Line + 1},{start.Character + 1}): {SeverityName(Severity)} {Id}: {Message}");
    }
}
