using System.Collections.Immutable;

namespace IncidentLang.Emit.Json;

/// <summary>A claim in the JSON output; references are ids.</summary>
internal sealed record ClaimDocument
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public required ImmutableArray<string> Actors { get; init; }
    public required ImmutableArray<string> Targets { get; init; }
    public string? Action { get; init; }
    public ConfidenceDocument? Confidence { get; init; }
    public string? Likelihood { get; init; }
    public CredibilityDocument? Credibility { get; init; }
    public required ImmutableArray<string> Sources { get; init; }
    public string? FirstSeen { get; init; }
    public string? LastSeen { get; init; }
    public required ImmutableArray<AttackReferenceDocument> Techniques { get; init; }
    public required ImmutableArray<string> Software { get; init; }
    public required ImmutableArray<string> Vulnerabilities { get; init; }
    public required ImmutableArray<string> Indicators { get; init; }
    public required string Kind { get; init; }
    public bool? Key { get; init; }

    /// <summary>Whether the claim is a key judgement: marked <c>key: true</c>, or a judgement when no claim is marked (the v1 rule).</summary>
    public required bool KeyJudgement { get; init; }
    public long? Count { get; init; }
    public string? Unit { get; init; }
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }
    public bool? Withdrawn { get; init; }
    public string? SupersededBy { get; init; }
}
