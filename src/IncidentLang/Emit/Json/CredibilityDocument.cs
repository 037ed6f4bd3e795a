namespace IncidentLang.Emit.Json;

/// <summary>Admiralty information credibility: <c>{ "grade": 2, "label": "Probably true" }</c>.</summary>
internal sealed record CredibilityDocument(int Grade, string Label);
