namespace IncidentLang.LanguageServer.Protocol;

/// <summary>A link to the diagnostic's documentation.</summary>
public sealed record CodeDescription(string Href);
