using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>An <c>incident</c>: one report, and the scope of its local declarations.</summary>
public sealed class IncidentSymbol(DeclarationSyntax syntax, SyntaxTree tree) : Symbol(syntax, tree, null)
{
    private ImmutableArray<Symbol> _members = [];

    public override DeclarationKind Kind => DeclarationKind.Incident;

    /// <summary>The local declarations, in source order.</summary>
    public ImmutableArray<Symbol> Members => _members;

    internal void SetMembers(ImmutableArray<Symbol> members) => _members = members;

    public string Title => GetString(IncidentProperties.Title) ?? Name;

    public DateValue? Reported => GetDate(IncidentProperties.Reported);

    public string? Summary => GetString(IncidentProperties.Summary);

    public VocabularyValue Status => GetEnumOrDefault<VocabularyValue>(IncidentProperties.Status);

    public TlpLevel Tlp => GetEnumOrDefault<TlpLevel>(IncidentProperties.Tlp);

    public ImmutableArray<string> Tags => GetStrings(IncidentProperties.Tags);

    public VocabularyValue Activity => GetEnumOrDefault<VocabularyValue>(IncidentProperties.Activity);

    public string? Outlook => GetString(IncidentProperties.Outlook);

    public ImmutableArray<string> Gaps => GetStrings(IncidentProperties.Gaps);

    /// <summary>
    /// The key judgements, in the author's order: the claims marked <c>key: true</c>; when none is, every
    /// judgement (claim of kind <c>judgement</c>), as in v1. Withdrawn claims are never key.
    /// </summary>
    public IEnumerable<ClaimSymbol> KeyJudgements =>
        Claims.Any(c => c.IsMarkedKey) ? Claims.Where(c => c.IsMarkedKey && !c.IsWithdrawn) : Claims.Where(c => c.ClaimKind.IsJudgement && !c.IsWithdrawn);

    public IEnumerable<ClaimSymbol> Claims => _members.OfType<ClaimSymbol>();

    public IEnumerable<StatementSymbol> Statements => _members.OfType<StatementSymbol>();

    public IEnumerable<EventSymbol> Events => _members.OfType<EventSymbol>();

    public IEnumerable<SourceSymbol> LocalSources => _members.OfType<SourceSymbol>();

    public IEnumerable<ActorSymbol> LocalActors => _members.OfType<ActorSymbol>();

    public IEnumerable<TargetSymbol> LocalTargets => _members.OfType<TargetSymbol>();

    public IEnumerable<PartySymbol> LocalParties => _members.OfType<PartySymbol>();

    public IEnumerable<SoftwareSymbol> LocalSoftware => _members.OfType<SoftwareSymbol>();

    public IEnumerable<VulnerabilitySymbol> LocalVulnerabilities => _members.OfType<VulnerabilitySymbol>();

    public IEnumerable<IndicatorSymbol> LocalIndicators => _members.OfType<IndicatorSymbol>();

    public IEnumerable<RecommendationSymbol> Recommendations => _members.OfType<RecommendationSymbol>();

    public IEnumerable<RevisionSymbol> Revisions => _members.OfType<RevisionSymbol>();

    /// <summary>The declarations the incident's outputs list: for each kind its own, then the catalog ones it uses.</summary>
    public IncidentParticipants GetParticipants()
    {
        var catalog = ReferencedCatalog().ToList();
        return new IncidentParticipants(
            [.. LocalSources.Concat(catalog.OfType<SourceSymbol>())],
            [.. LocalActors.Concat(catalog.OfType<ActorSymbol>())],
            [.. LocalTargets.Concat(catalog.OfType<TargetSymbol>())])
        {
            Parties = [.. LocalParties.Concat(catalog.OfType<PartySymbol>())],
            Software = [.. LocalSoftware.Concat(catalog.OfType<SoftwareSymbol>())],
            Vulnerabilities = [.. LocalVulnerabilities.Concat(catalog.OfType<VulnerabilitySymbol>())],
            Indicators = [.. LocalIndicators.Concat(catalog.OfType<IndicatorSymbol>())],
        };
    }

    /// <summary>
    /// Catalog declarations the incident uses, in first-use order: those its members reference, then
    /// those these reference in turn (a catalog indicator's malware, a catalog party's affiliation).
    /// </summary>
    internal IEnumerable<Symbol> ReferencedCatalog()
    {
        var seen = new HashSet<Symbol>();
        var queue = new Queue<Symbol>(Members);
        while (queue.Count > 0)
        {
            foreach (var property in queue.Dequeue().Properties.Values)
            {
                foreach (var value in property.Values)
                {
                    if (value.Value is Symbol { IsCatalog: true } target && seen.Add(target))
                    {
                        yield return target;
                        queue.Enqueue(target);
                    }
                }
            }
        }
    }
}
