using System.Collections.Immutable;

namespace IncidentLang.Emit.Json;

/// <summary>The <c>&lt;id&gt;.json</c> output (schemas/incident-1.schema.json). Property order is the output order.</summary>
internal sealed record IncidentDocument
{
    public int FormatVersion { get; init; } = 1;
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Reported { get; init; }
    public string? Summary { get; init; }
    public required string Status { get; init; }
    public required string Tlp { get; init; }
    public required ImmutableArray<string> Tags { get; init; }
    public required string Activity { get; init; }
    public string? Outlook { get; init; }
    public required ImmutableArray<string> Gaps { get; init; }
    public required ImmutableArray<SourceDocument> Sources { get; init; }
    public required ImmutableArray<ActorDocument> Actors { get; init; }
    public required ImmutableArray<TargetDocument> Targets { get; init; }
    public required ImmutableArray<ClaimDocument> Claims { get; init; }
    public required ImmutableArray<StatementDocument> Statements { get; init; }
    public required ImmutableArray<EventDocument> Events { get; init; }
    public required ImmutableArray<PartyDocument> Parties { get; init; }
    public required ImmutableArray<MalwareDocument> Malware { get; init; }
    public required ImmutableArray<ToolDocument> Tools { get; init; }
    public required ImmutableArray<VulnerabilityDocument> Vulnerabilities { get; init; }
    public required ImmutableArray<IndicatorDocument> Indicators { get; init; }
    public required ImmutableArray<RecommendationDocument> Recommendations { get; init; }
    public required ImmutableArray<RevisionDocument> Revisions { get; init; }

    /// <summary>The ATT&amp;CK release the document's ATT&amp;CK IDs refer to; absent when it uses none.</summary>
    public AttackDocument? Attack { get; init; }
}
