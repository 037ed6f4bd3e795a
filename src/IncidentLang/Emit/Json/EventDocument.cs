using System.Collections.Immutable;

namespace IncidentLang.Emit.Json;

/// <summary>A timeline event in the JSON output (events may be anonymous: no id).</summary>
internal sealed record EventDocument
{
    public string? Id { get; init; }
    public required string Date { get; init; }
    public required string Text { get; init; }
    public required ImmutableArray<string> Sources { get; init; }
    public string? End { get; init; }
}
