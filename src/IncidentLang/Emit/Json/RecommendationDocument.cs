using System.Collections.Immutable;

namespace IncidentLang.Emit.Json;

/// <summary>A recommendation in the JSON output (recommendations may be anonymous: no id).</summary>
internal sealed record RecommendationDocument
{
    public string? Id { get; init; }
    public required string Text { get; init; }
    public required string Priority { get; init; }
    public required ImmutableArray<AttackReferenceDocument> Techniques { get; init; }
    public required ImmutableArray<string> Sources { get; init; }
}
