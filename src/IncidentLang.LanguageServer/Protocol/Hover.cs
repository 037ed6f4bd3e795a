namespace IncidentLang.LanguageServer.Protocol;

/// <summary>The result of <c>textDocument/hover</c>.</summary>
public sealed record Hover(MarkupContent Contents, LspRange Range);
