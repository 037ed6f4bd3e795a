namespace IncidentLang.LanguageServer.Protocol;

/// <summary>The range that a rename would change, and the current name.</summary>
public sealed record PrepareRenameResult(LspRange Range, string Placeholder);
