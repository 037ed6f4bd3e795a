using System.Collections.Immutable;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Binding;

/// <summary>
/// The unit of incremental binding (docs/architecture.md, "Incremental compilation"): one top-level declaration (an incident or
/// a catalog declaration) with its members, the diagnostics binding them reported, the references they resolved, and the
/// top-level symbols of other units their binding read (<see cref="Dependencies"/>). A later compilation reuses the unit as is
/// while its tree is the same object, the top-level names of the compilation are the same, and none of its dependencies was rebound.
/// </summary>
internal sealed class BoundUnit
{
    private AnalysisResult? _analysis;

    internal BoundUnit(
        Symbol symbol,
        ImmutableArray<Symbol> members,
        ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<(Symbol Target, Location Location)> headerReferences,
        ImmutableArray<(Symbol Target, Location Location)> memberReferences,
        ImmutableArray<Symbol> suggested,
        ImmutableHashSet<Symbol> dependencies)
    {
        Symbol = symbol;
        Members = members;
        Diagnostics = diagnostics;
        HeaderReferences = headerReferences;
        MemberReferences = memberReferences;
        Suggested = suggested;
        Dependencies = dependencies;
    }

    /// <summary>The top-level symbol: an incident or a catalog declaration.</summary>
    public Symbol Symbol { get; }

    /// <summary>An incident's local declarations, in source order (none for a catalog declaration).</summary>
    public ImmutableArray<Symbol> Members { get; }

    /// <summary>What binding the unit reported (member declarations, properties, supersession): never top-level name checks.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>References resolved from the top-level symbol's own properties.</summary>
    public ImmutableArray<(Symbol Target, Location Location)> HeaderReferences { get; }

    /// <summary>References resolved from the members' properties.</summary>
    public ImmutableArray<(Symbol Target, Location Location)> MemberReferences { get; }

    /// <summary>Declarations suggested for references that did not resolve.</summary>
    public ImmutableArray<Symbol> Suggested { get; }

    /// <summary>The top-level symbols of other units that binding this one resolved or suggested: when one is rebound, so is this unit.</summary>
    public ImmutableHashSet<Symbol> Dependencies { get; }

    /// <summary>
    /// Every name the unit's references looked up among the top-level declarations (not found among the incident's own), resolved
    /// or not: what its binding reads of the rest of the compilation besides <see cref="Dependencies"/> (for the streamed check).
    /// </summary>
    public ImmutableArray<string> TopLevelLookups { get; init; } = [];

    /// <summary>True when a reference resolved to nothing (INC1005), whose suggestion draws on every top-level name.</summary>
    public bool HasUnresolvedReference { get; init; }

    /// <summary>The analyzers' diagnostics for the unit's symbols, when computed with the same day and analyzers; null otherwise.</summary>
    public ImmutableArray<Diagnostic>? GetAnalysis(DateOnly today, object analyzers) =>
        _analysis is { } cached && cached.Today == today && ReferenceEquals(cached.Analyzers, analyzers) ? cached.Diagnostics : null;

    /// <summary>Caches the analyzers' diagnostics (the unit is immutable otherwise; a race stores equal results).</summary>
    public void SetAnalysis(DateOnly today, object analyzers, ImmutableArray<Diagnostic> diagnostics) =>
        _analysis = new AnalysisResult(today, analyzers, diagnostics);

    private sealed record AnalysisResult(DateOnly Today, object Analyzers, ImmutableArray<Diagnostic> Diagnostics);
}
