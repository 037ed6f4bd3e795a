using System.Collections.Immutable;
using System.Globalization;
using IncidentLang.Attack;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;

namespace IncidentLang.Diff;

/// <summary>
/// Compares two compilations of the same reports (docs/diff.md): incidents by name, claims by name
/// within their incident. A pure function of its inputs — where the compilations come from (two git
/// revisions, a revision and the working tree) is the host's business.
/// </summary>
public static class IncidentDiff
{
    /// <summary>
    /// What changed from <paramref name="before"/> (BASE) to <paramref name="after"/> (HEAD), with INC2018
    /// on HEAD's claims whose confidence or likelihood changed, or which became withdrawn or superseded,
    /// when no revision added at HEAD names them. INC2018 takes the level HEAD's configuration gives it
    /// (<see cref="CompilationOptions.RulesForFile"/>); <c>none</c> drops it.
    /// </summary>
    public static DiffReport Compare(Compilation before, Compilation after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var oldIncidents = ByName(before.Bound.Incidents);
        var newIncidents = ByName(after.Bound.Incidents);
        var changes = new List<IncidentChange>();
        foreach (var name in oldIncidents.Keys.Union(newIncidents.Keys).Order(StringComparer.Ordinal))
        {
            var change = (oldIncidents.GetValueOrDefault(name), newIncidents.GetValueOrDefault(name)) switch
            {
                (null, { } added) => new IncidentChange(name, added.Title, ChangeKind.Added),
                ({ } removed, null) => new IncidentChange(name, removed.Title, ChangeKind.Removed),
                ({ } old, { } @new) => CompareIncident(old, @new, after.Options),
                _ => null,
            };
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        var diagnostics = changes.SelectMany(c => c.Diagnostics).ToList();
        diagnostics.Sort(Diagnostic.Compare);
        return new DiffReport([.. changes], [.. diagnostics]);
    }

    /// <summary>Incidents by name; the first of a duplicated name, none without a name (both are errors).</summary>
    private static Dictionary<string, IncidentSymbol> ByName(ImmutableArray<IncidentSymbol> incidents)
    {
        var byName = new Dictionary<string, IncidentSymbol>(StringComparer.Ordinal);
        foreach (var incident in incidents.Where(i => i.Name.Length > 0))
        {
            byName.TryAdd(incident.Name, incident);
        }

        return byName;
    }

    private static IncidentChange? CompareIncident(IncidentSymbol old, IncidentSymbol @new, CompilationOptions options)
    {
        var tlp = old.Tlp == @new.Tlp ? null : new ValueChange(old.Tlp.Name, @new.Tlp.Name, Direction(old.Tlp.Rank, @new.Tlp.Rank));
        var explained = ClaimsNamedByNewRevisions(old, @new);
        var oldClaims = ClaimsByName(old);
        var newClaims = ClaimsByName(@new);
        var claims = new List<ClaimChange>();
        var diagnostics = new List<Diagnostic>();
        foreach (var claim in newClaims.Values)
        {
            if (!oldClaims.TryGetValue(claim.Name, out var oldClaim))
            {
                claims.Add(AddedOrRemoved(claim, ChangeKind.Added));
                continue;
            }

            if (CompareClaim(oldClaim, claim) is not { } change)
            {
                continue;
            }

            claims.Add(change);
            if (!explained.Contains(claim.Name) && Unexplained(change) is { } what
                && Leveled(Diagnostic.Create(DiagnosticDescriptors.UnexplainedJudgementChange, claim.NameLocation, claim.Name, what), options) is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
            }
        }

        claims.AddRange(oldClaims.Values.Where(c => !newClaims.ContainsKey(c.Name)).Select(c => AddedOrRemoved(c, ChangeKind.Removed)));
        var oldParticipants = old.GetParticipants();
        var newParticipants = @new.GetParticipants();
        var incidentChange = new IncidentChange(@new.Name, @new.Title, ChangeKind.Changed)
        {
            Tlp = tlp,
            Claims = [.. claims],
            Indicators = CompareItems(oldParticipants.Indicators.Select(IndicatorItem), newParticipants.Indicators.Select(IndicatorItem)),
            Vulnerabilities = CompareItems(oldParticipants.Vulnerabilities.Select(VulnerabilityItem), newParticipants.Vulnerabilities.Select(VulnerabilityItem)),
            Techniques = CompareItems(old.Claims.SelectMany(c => c.Techniques).Select(TechniqueItem), @new.Claims.SelectMany(c => c.Techniques).Select(TechniqueItem)),
            Diagnostics = [.. diagnostics],
        };
        return incidentChange.Tlp is null && incidentChange.Claims.IsEmpty && incidentChange.Indicators.IsEmpty && incidentChange.Vulnerabilities.IsEmpty && incidentChange.Techniques.IsEmpty
            ? null
            : incidentChange;
    }

    /// <summary>
    /// The claims named in <c>claims</c> of revisions that are new at HEAD: a named revision is new when
    /// BASE has no revision of that name; an unnamed one when BASE has none with the same date and text.
    /// </summary>
    private static HashSet<string> ClaimsNamedByNewRevisions(IncidentSymbol old, IncidentSymbol @new)
    {
        var existing = old.Revisions.Select(RevisionIdentity).ToHashSet(StringComparer.Ordinal);
        return @new.Revisions.Where(r => !existing.Contains(RevisionIdentity(r)))
            .SelectMany(r => r.Claims).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
    }

    private static string RevisionIdentity(RevisionSymbol revision) =>
        revision.Name.Length > 0 ? "name:" + revision.Name : "unnamed:" + revision.Date?.Text + "\n" + revision.Text;

    private static Dictionary<string, ClaimSymbol> ClaimsByName(IncidentSymbol incident)
    {
        // Insertion order is source order, which the report keeps (the author's order).
        var byName = new Dictionary<string, ClaimSymbol>(StringComparer.Ordinal);
        foreach (var claim in incident.Claims.Where(c => c.Name.Length > 0))
        {
            byName.TryAdd(claim.Name, claim);
        }

        return byName;
    }

    private static ClaimChange AddedOrRemoved(ClaimSymbol claim, ChangeKind kind)
    {
        var direction = kind == ChangeKind.Added ? ChangeDirection.Added : ChangeDirection.Removed;
        ValueChange? Value(string? value) => value is null ? null
            : kind == ChangeKind.Added ? new ValueChange(null, value, direction) : new ValueChange(value, null, direction);
        var standing = StandingOf(claim);
        return new ClaimChange(claim.Name, kind, claim.Text)
        {
            IsKey = claim.IsMarkedKey,
            Confidence = Value(Show(claim.Confidence)),
            Likelihood = Value(claim.Likelihood?.Name),
            StandingBefore = kind == ChangeKind.Added ? ClaimStanding.Standing : standing,
            StandingAfter = kind == ChangeKind.Added ? standing : ClaimStanding.Standing,
            SupersededBy = kind == ChangeKind.Added ? claim.SupersededBy?.Name : null,
            SupersededByBefore = kind == ChangeKind.Removed ? claim.SupersededBy?.Name : null,
            Location = claim.NameLocation,
        };
    }

    private static ClaimChange? CompareClaim(ClaimSymbol old, ClaimSymbol @new)
    {
        var oldSources = old.Sources.Select(s => s.Name).Distinct().ToList();
        var newSources = @new.Sources.Select(s => s.Name).Distinct().ToList();
        var change = new ClaimChange(@new.Name, ChangeKind.Changed, @new.Text)
        {
            IsKey = @new.IsMarkedKey,
            Confidence = Compare(old.Confidence, @new.Confidence),
            Likelihood = Compare(old.Likelihood, @new.Likelihood),
            Key = old.IsMarkedKey == @new.IsMarkedKey ? null
                : @new.IsMarkedKey ? new ValueChange("no", "yes", ChangeDirection.Raised) : new ValueChange("yes", "no", ChangeDirection.Lowered),
            StandingBefore = StandingOf(old),
            StandingAfter = StandingOf(@new),
            SupersededBy = @new.SupersededBy?.Name,
            SupersededByBefore = old.SupersededBy?.Name,
            SourcesAdded = [.. newSources.Except(oldSources, StringComparer.Ordinal)],
            SourcesRemoved = [.. oldSources.Except(newSources, StringComparer.Ordinal)],
            Location = @new.NameLocation,
        };
        var changed = change.Confidence is not null || change.Likelihood is not null || change.Key is not null
            || change.StandingBefore != change.StandingAfter || change.SupersededBy != change.SupersededByBefore
            || !change.SourcesAdded.IsEmpty || !change.SourcesRemoved.IsEmpty;
        return changed ? change : null;
    }

    private static ClaimStanding StandingOf(ClaimSymbol claim) =>
        claim.SupersededBy is not null ? ClaimStanding.Superseded : claim.IsWithdrawn ? ClaimStanding.Withdrawn : ClaimStanding.Standing;

    /// <summary>What INC2018 says changed, or null when nothing it covers did.</summary>
    private static string? Unexplained(ClaimChange change)
    {
        var parts = new List<string>();
        if (change.Confidence is { } confidence)
        {
            parts.Add(Phrase("confidence", confidence));
        }

        if (change.Likelihood is { } likelihood)
        {
            parts.Add(Phrase("likelihood", likelihood));
        }

        if (change.WasWithdrawn)
        {
            parts.Add(change.SupersededBy is { } by ? $"superseded by '{by}'" : "withdrawn");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>"confidence lowered from high to moderate", "likelihood given (likely)", "confidence removed (was high)".</summary>
    private static string Phrase(string what, ValueChange change) => change.Direction switch
    {
        ChangeDirection.Added => $"{what} given ({change.After})",
        ChangeDirection.Removed => $"{what} removed (was {change.Before})",
        ChangeDirection.Raised => $"{what} raised from {change.Before} to {change.After}",
        ChangeDirection.Lowered => $"{what} lowered from {change.Before} to {change.After}",
        _ => $"{what} changed from {change.Before} to {change.After}",
    };

    private static ValueChange? Compare(Confidence? old, Confidence? @new) => (old, @new) switch
    {
        (null, null) => null,
        (null, { } added) => new ValueChange(null, Show(added), ChangeDirection.Added),
        ({ } removed, null) => new ValueChange(Show(removed), null, ChangeDirection.Removed),
        ({ } o, { } n) when o == n => null,
        ({ } o, { } n) => new ValueChange(Show(o), Show(n), Direction(o.Score, n.Score)),
    };

    private static ValueChange? Compare(LikelihoodValue? old, LikelihoodValue? @new) => (old, @new) switch
    {
        (null, null) => null,
        (null, { } added) => new ValueChange(null, added.Name, ChangeDirection.Added),
        ({ } removed, null) => new ValueChange(removed.Name, null, ChangeDirection.Removed),
        ({ } o, { } n) when o == n => null,
        // Probability ranges of the words of estimative probability are ordered; compare their midpoints.
        ({ } o, { } n) => new ValueChange(o.Name, n.Name, Direction(o.LowPercent + o.HighPercent, n.LowPercent + n.HighPercent)),
    };

    /// <summary>A level as written (<c>high</c>); a score that is not its level's own score as <c>60 (moderate)</c>.</summary>
    private static string? Show(Confidence? confidence) => confidence is null ? null
        : confidence.Score == confidence.Level.StixScore ? confidence.Level.Name
        : string.Create(CultureInfo.InvariantCulture, $"{confidence.Score} ({confidence.Level.Name})");

    private static ChangeDirection Direction(int old, int @new) =>
        @new > old ? ChangeDirection.Raised : @new < old ? ChangeDirection.Lowered : ChangeDirection.Changed;

    private static ItemChanges CompareItems(IEnumerable<DiffItem> old, IEnumerable<DiffItem> @new)
    {
        var before = Distinct(old);
        var after = Distinct(@new);
        return new ItemChanges(
            [.. after.Values.Where(i => !before.ContainsKey(i.Key))],
            [.. before.Values.Where(i => !after.ContainsKey(i.Key))]);

        static SortedDictionary<string, DiffItem> Distinct(IEnumerable<DiffItem> items)
        {
            var byKey = new SortedDictionary<string, DiffItem>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                byKey.TryAdd(item.Key, item);
            }

            return byKey;
        }
    }

    /// <summary>Identified by kind and refanged value, so renaming the declaration changes nothing; shown defanged, never as a link.</summary>
    private static DiffItem IndicatorItem(IndicatorSymbol indicator)
    {
        if (indicator.IndicatorKind is { } kind && indicator.Value is { } value)
        {
            return new DiffItem(kind.Name + ":" + value, indicator.Name, kind.Name + " " + kind.Defang(value));
        }

        return new DiffItem("name:" + indicator.Name, indicator.Name, indicator.WrittenValue ?? string.Empty);
    }

    private static DiffItem VulnerabilityItem(VulnerabilitySymbol vulnerability) =>
        new(vulnerability.Cve ?? "name:" + vulnerability.Name, vulnerability.Cve ?? vulnerability.Name,
            vulnerability.Title ?? vulnerability.Product ?? string.Empty);

    private static DiffItem TechniqueItem(AttackTechnique technique) => new(technique.Id, technique.Id, technique.Name);

    private static Diagnostic? Leveled(Diagnostic diagnostic, CompilationOptions options) =>
        DiagnosticFilter.WithLevel(diagnostic, options.RulesForFile);
}
