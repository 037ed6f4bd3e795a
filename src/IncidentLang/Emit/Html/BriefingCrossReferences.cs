using IncidentLang.Binding;

namespace IncidentLang.Emit.Html;

/// <summary>
/// The joins a briefing shows (which claims cite a technique, which statements answer a claim, what
/// cites a source, …), each computed in one pass over the incident, so that building the model is
/// linear in the size of the report and the template iterates every list once (issue 11: a template
/// that joined claims × sources hit Scriban's iteration limit on a 2,000-claim incident). Lists keep
/// the order of the list they were taken from, and an item cites a thing once however often it names it.
/// </summary>
internal sealed class BriefingCrossReferences
{
    private readonly Dictionary<SourceSymbol, int> _sourceNumbers = [];
    private readonly Dictionary<RevisionSymbol, int> _revisionNumbers = [];
    private readonly Dictionary<StatementSymbol, int> _statementNumbers = [];
    private readonly Dictionary<ClaimSymbol, List<ClaimSymbol>> _supersedes = [];
    private readonly Dictionary<ClaimSymbol, List<RevisionSymbol>> _revisionsOf = [];
    private readonly Dictionary<ClaimSymbol, List<StatementSymbol>> _statementsAbout = [];
    private readonly Dictionary<object, List<ClaimSymbol>> _citingClaims = [];
    private readonly Dictionary<PartySymbol, List<StatementSymbol>> _statementsBy = [];

    /// <param name="incident">The incident.</param>
    /// <param name="sources">The sources in their numbered order.</param>
    /// <param name="revisions">The revisions in their numbered (history) order.</param>
    /// <param name="standing">The claims that stand, in page order: what "cited in" and "named in" list.</param>
    /// <param name="statements">The statements in their numbered order (denials first).</param>
    public BriefingCrossReferences(
        IncidentSymbol incident,
        IReadOnlyList<SourceSymbol> sources,
        IReadOnlyList<RevisionSymbol> revisions,
        IReadOnlyList<ClaimSymbol> standing,
        IReadOnlyList<StatementSymbol> statements)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            _sourceNumbers.TryAdd(sources[i], i + 1);
        }

        for (var i = 0; i < revisions.Count; i++)
        {
            _revisionNumbers.TryAdd(revisions[i], i + 1);
            foreach (var claim in revisions[i].Claims.Distinct())
            {
                Add(_revisionsOf, claim, revisions[i]);
            }
        }

        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            _statementNumbers.TryAdd(statement, i + 1);
            foreach (var claim in statement.Regarding.Distinct())
            {
                Add(_statementsAbout, claim, statement);
            }

            if (statement.By is PartySymbol party)
            {
                Add(_statementsBy, party, statement);
            }
        }

        foreach (var claim in incident.Claims)
        {
            if (claim.SupersededBy is { } by)
            {
                Add(_supersedes, by, claim);
            }
        }

        foreach (var claim in standing)
        {
            Cites(claim, claim.Techniques);
            Cites(claim, claim.Vulnerabilities);
            Cites(claim, claim.Software);
            Cites(claim, claim.Indicators);
            Cites(claim, claim.Actors);
            Cites(claim, claim.Targets);
        }
    }

    /// <summary>A source's number in the list of sources (1-based), or 0 when it is not listed.</summary>
    public int SourceNumber(SourceSymbol source) => _sourceNumbers.GetValueOrDefault(source);

    /// <summary>A revision's number in the history (1-based), or 0.</summary>
    public int RevisionNumber(RevisionSymbol revision) => _revisionNumbers.GetValueOrDefault(revision);

    /// <summary>A statement's number (S1, S2 …), or 0.</summary>
    public int StatementNumber(StatementSymbol statement) => _statementNumbers.GetValueOrDefault(statement);

    /// <summary>The claims that <paramref name="claim"/> supersedes, as the incident lists them.</summary>
    public IReadOnlyList<ClaimSymbol> Supersedes(ClaimSymbol claim) => _supersedes.GetValueOrDefault(claim) ?? [];

    /// <summary>The revisions that name <paramref name="claim"/>, in history order.</summary>
    public IReadOnlyList<RevisionSymbol> RevisionsOf(ClaimSymbol claim) => _revisionsOf.GetValueOrDefault(claim) ?? [];

    /// <summary>The statements regarding <paramref name="claim"/>, in statement order.</summary>
    public IReadOnlyList<StatementSymbol> StatementsAbout(ClaimSymbol claim) => _statementsAbout.GetValueOrDefault(claim) ?? [];

    /// <summary>The statements a party made, in statement order.</summary>
    public IReadOnlyList<StatementSymbol> StatementsBy(PartySymbol party) => _statementsBy.GetValueOrDefault(party) ?? [];

    /// <summary>The standing claims that cite a technique, vulnerability, software, indicator, actor or target, in page order.</summary>
    public IReadOnlyList<ClaimSymbol> ClaimsCiting(object cited) => _citingClaims.GetValueOrDefault(cited) ?? [];

    private void Cites<T>(ClaimSymbol claim, System.Collections.Immutable.ImmutableArray<T> cited)
        where T : notnull
    {
        // Most claims cite none or one of each kind: no set to find the distinct ones.
        if (cited.Length == 1)
        {
            Add(_citingClaims, cited[0], claim);
            return;
        }

        if (cited.Length > 1)
        {
            foreach (var item in cited.Distinct())
            {
                Add(_citingClaims, item, claim);
            }
        }
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(value);
    }
}
