namespace IncidentLang.Text;

/// <summary>Replace the text at <see cref="Span"/> with <see cref="NewText"/> (an insertion when the span is empty).</summary>
public sealed record TextChange(TextSpan Span, string NewText)
{
    /// <summary>
    /// Whether this change and <paramref name="other"/> cannot both be applied to one text: their
    /// spans share a character, or they touch and one of them is an insertion (two insertions at
    /// one point, or an insertion at either end of a replacement, have no order of their own).
    /// Replacements that merely touch do not overlap.
    /// </summary>
    public bool Overlaps(TextChange other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (a, b) = (Span, other.Span);
        return (a.Start < b.End && b.Start < a.End) || ((a.IsEmpty || b.IsEmpty) && a.Start <= b.End && b.Start <= a.End);
    }
}
