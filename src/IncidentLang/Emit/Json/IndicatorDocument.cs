using System.Collections.Immutable;

namespace IncidentLang.Emit.Json;

/// <summary>An indicator of compromise in the JSON output: <c>value</c> refanged, <c>defanged</c> safe to show.</summary>
internal sealed record IndicatorDocument
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Value { get; init; }
    public required string Defanged { get; init; }
    public string? FirstSeen { get; init; }
    public string? LastSeen { get; init; }
    public ConfidenceDocument? Confidence { get; init; }
    public required ImmutableArray<string> Software { get; init; }
    public required ImmutableArray<string> Actors { get; init; }
    public required ImmutableArray<string> Sources { get; init; }
    public string? Note { get; init; }
    public required bool Catalog { get; init; }
}
