namespace IncidentLang.LanguageServer.Protocol;

/// <summary>Rename with prepareRename.</summary>
public sealed record RenameOptions(bool PrepareProvider);
