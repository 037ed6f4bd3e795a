namespace IncidentLang.LanguageServer.Workspace;

/// <summary>A document the editor has open: its text is the truth, not the file on disk.</summary>
public sealed record OpenDocument(string Uri, string Path, string Text, int Version);
