namespace IncidentLang.Emit.Json;

/// <summary>A party in the JSON output; <c>affiliation</c> names a party, target, source or actor id, with its kind.</summary>
internal sealed record PartyDocument
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public string? Role { get; init; }
    public string? Affiliation { get; init; }
    public string? AffiliationKind { get; init; }
    public string? Country { get; init; }
    public required bool Catalog { get; init; }
}
