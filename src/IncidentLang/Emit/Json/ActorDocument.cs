using System.Collections.Immutable;

namespace IncidentLang.Emit.Json;

/// <summary>An actor in the JSON output.</summary>
internal sealed record ActorDocument
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required ImmutableArray<string> Aliases { get; init; }
    public string? Country { get; init; }
    public string? Motive { get; init; }
    public AttackReferenceDocument? AttackId { get; init; }
    public required bool Catalog { get; init; }
}
