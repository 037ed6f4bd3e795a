namespace IncidentLang.LanguageServer.Protocol;

/// <summary>Full-document semantic tokens.</summary>
public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);
