namespace IncidentLang.Emit.Json;

/// <summary>Confidence as level and STIX score: <c>{ "level": "moderate", "score": 50 }</c>.</summary>
internal sealed record ConfidenceDocument(string Level, int Score);
