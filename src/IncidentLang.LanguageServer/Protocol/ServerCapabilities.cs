using System.Collections.Immutable;

namespace IncidentLang.LanguageServer.Protocol;

/// <summary>What the server supports (only the capabilities IncidentLang announces).</summary>
public sealed record ServerCapabilities
{
    public string PositionEncoding { get; init; } = "utf-16";
    public TextDocumentSyncOptions TextDocumentSync { get; init; } = new(true, 2);
    public CompletionOptions CompletionProvider { get; init; } = new([":", " ", "[", ","]);
    public bool HoverProvider { get; init; } = true;
    public bool DefinitionProvider { get; init; } = true;
    public bool ReferencesProvider { get; init; } = true;
    public RenameOptions RenameProvider { get; init; } = new(true);
    public bool DocumentSymbolProvider { get; init; } = true;
    public bool FoldingRangeProvider { get; init; } = true;
    public bool DocumentFormattingProvider { get; init; } = true;
    public SemanticTokensOptions SemanticTokensProvider { get; init; } = new(new SemanticTokensLegend(Handlers.SemanticTokensHandler.TokenTypes, Handlers.SemanticTokensHandler.TokenModifiers), new SemanticTokensFullOptions(Delta: true));
    public CodeActionOptions CodeActionProvider { get; init; } = new(["quickfix"]);
}
