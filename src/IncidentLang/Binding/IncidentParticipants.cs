using System.Collections.Immutable;

namespace IncidentLang.Binding;

/// <summary>
/// The sources, actors and targets an incident's outputs list: its own declarations in source
/// order, then the catalog declarations its members reference, in first-use order.
/// </summary>
public sealed record IncidentParticipants(ImmutableArray<SourceSymbol> Sources, ImmutableArray<ActorSymbol> Actors, ImmutableArray<TargetSymbol> Targets);
