namespace IncidentLang.LanguageServer.Protocol;

/// <summary>An LSP range (end exclusive).</summary>
public sealed record LspRange(Position Start, Position End);
