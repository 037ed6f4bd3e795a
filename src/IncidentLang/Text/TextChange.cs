namespace IncidentLang.Text;

/// <summary>Replace the text at <see cref="Span"/> with <see cref="NewText"/> (an insertion when the span is empty).</summary>
public sealed record TextChange(TextSpan Span, string NewText);
