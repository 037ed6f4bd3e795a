namespace IncidentLang.LanguageServer.Protocol;

/// <summary>One completion proposal.</summary>
public sealed record CompletionItem(string Label, int Kind)
{
    public string? Detail { get; init; }
    public MarkupContent? Documentation { get; init; }
    public string? InsertText { get; init; }
    public string? SortText { get; init; }
    public string? FilterText { get; init; }
}
