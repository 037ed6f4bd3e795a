namespace IncidentLang.Emit.Json;

/// <summary>A source in the JSON output.</summary>
internal sealed record SourceDocument
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required GradeDocument Reliability { get; init; }
    public string? Published { get; init; }
    public string? Url { get; init; }
    public string? Note { get; init; }
    public string? Reference { get; init; }

    /// <summary>True when declared at the top level (a catalog file) rather than in the incident.</summary>
    public required bool Catalog { get; init; }
}
