using System.Collections.Immutable;

namespace IncidentLang.Emit.Json;

/// <summary>A revision of the report in the JSON output (revisions may be anonymous: no id).</summary>
internal sealed record RevisionDocument
{
    public string? Id { get; init; }
    public required string Date { get; init; }
    public required string Text { get; init; }
    public required ImmutableArray<string> Claims { get; init; }
}
