namespace IncidentLang.LanguageServer.Protocol;

/// <summary>Replace a range with text.</summary>
public sealed record TextEdit(LspRange Range, string NewText);
