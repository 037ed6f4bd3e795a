namespace IncidentLang.LanguageServer.Protocol;

/// <summary>Edits per document URI.</summary>
public sealed record WorkspaceEdit(Dictionary<string, List<TextEdit>> Changes);
