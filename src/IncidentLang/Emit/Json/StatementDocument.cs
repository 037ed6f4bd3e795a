using System.Collections.Immutable;

namespace IncidentLang.Emit.Json;

/// <summary>A statement in the JSON output; <c>by</c> names an actor, target or source id, with its kind.</summary>
internal sealed record StatementDocument
{
    public required string Id { get; init; }
    public required string By { get; init; }
    public required string ByKind { get; init; }
    public string? Via { get; init; }
    public string? Quote { get; init; }
    public string? Text { get; init; }
    public required string Stance { get; init; }
    public required ImmutableArray<string> Regarding { get; init; }
    public string? Date { get; init; }
}
