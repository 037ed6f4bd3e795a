using System.Collections.Immutable;

namespace IncidentLang.Emit.Json;

/// <summary>An ATT&amp;CK ID with its name, and for a technique its tactics' short names in matrix order.</summary>
internal sealed record AttackReferenceDocument
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public ImmutableArray<string>? Tactics { get; init; }
}
