using System.Collections.Immutable;

namespace IncidentLang.Emit.Json;

/// <summary>A tool declaration in the JSON output.</summary>
internal sealed record ToolDocument
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public AttackReferenceDocument? AttackId { get; init; }
    public required ImmutableArray<string> Aliases { get; init; }
    public required bool Catalog { get; init; }
}
