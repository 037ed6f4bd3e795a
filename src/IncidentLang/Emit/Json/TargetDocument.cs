namespace IncidentLang.Emit.Json;

/// <summary>A target in the JSON output.</summary>
internal sealed record TargetDocument
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public string? Sector { get; init; }
    public string? Country { get; init; }
    public required bool Catalog { get; init; }
}
