namespace IncidentLang.LanguageServer.Protocol;

/// <summary>Whole-document semantic tokens, and whether the server also answers <c>semanticTokens/full/delta</c>.</summary>
public sealed record SemanticTokensFullOptions(bool Delta);
