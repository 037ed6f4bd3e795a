namespace IncidentLang.LanguageServer.Protocol;

/// <summary>A foldable line range; kind is "comment" or null.</summary>
public sealed record FoldingRange(int StartLine, int EndLine)
{
    public string? Kind { get; init; }
}
