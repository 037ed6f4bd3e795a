namespace IncidentLang.Text;

/// <summary>A start and end <see cref="LinePosition"/>.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
