namespace IncidentLang.Text;

/// <summary>A span in a particular source text.</summary>
public sealed record Location(SourceText Text, TextSpan Span)
{
    public string FilePath => Text.FilePath;

    public LinePositionSpan LineSpan => Text.GetLinePositionSpan(Span);
}
