namespace IncidentLang.LanguageServer.Protocol;

/// <summary>Whole-document semantic tokens, in full and as edits of the previous result.</summary>
public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, SemanticTokensFullOptions Full);
