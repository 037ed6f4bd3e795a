using System.Collections.Immutable;

namespace IncidentLang.Binding;

/// <summary>
/// The declarations an incident's outputs list: its own declarations in source
/// order, then the catalog declarations its members reference, in first-use order.
/// </summary>
public sealed record IncidentParticipants(ImmutableArray<SourceSymbol> Sources, ImmutableArray<ActorSymbol> Actors, ImmutableArray<TargetSymbol> Targets)
{
    public ImmutableArray<PartySymbol> Parties { get; init; } = [];

    public ImmutableArray<SoftwareSymbol> Software { get; init; } = [];

    public ImmutableArray<VulnerabilitySymbol> Vulnerabilities { get; init; } = [];

    public ImmutableArray<IndicatorSymbol> Indicators { get; init; } = [];
}
