using System.Collections.Immutable;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Diff;

/// <summary>
/// What changed between two compilations of the same reports (docs/diff.md): the incidents that
/// changed, ordered by name, and the INC2018 findings, ordered by file and position.
/// </summary>
public sealed record DiffReport(ImmutableArray<IncidentChange> Incidents, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Nothing the comparison looks at changed.</summary>
    public bool IsEmpty => Incidents.IsEmpty;
}

/// <summary>Whether something is new, gone, or there on both sides with changes.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>Which way a value moved.</summary>
public enum ChangeDirection
{
    /// <summary>Higher: more confident, more probable, a more restricted TLP, or it became key.</summary>
    Raised,

    /// <summary>Lower: less confident, less probable, a less restricted TLP, or it is no longer key.</summary>
    Lowered,

    /// <summary>Different, but neither higher nor lower (two likelihoods with the same midpoint).</summary>
    Changed,

    /// <summary>Given at HEAD, not at BASE.</summary>
    Added,

    /// <summary>Given at BASE, not at HEAD.</summary>
    Removed,
}

/// <summary>A claim's standing: the report stands by it, withdrew it, or replaced it with another claim.</summary>
public enum ClaimStanding
{
    Standing,
    Withdrawn,
    Superseded,
}

/// <summary>A value at BASE and at HEAD, as shown to a reader (<c>high</c>, <c>roughly-even-chance</c>, <c>TLP:AMBER</c>); null where it is not given.</summary>
public sealed record ValueChange(string? Before, string? After, ChangeDirection Direction);

/// <summary>
/// One incident that was added, removed or changed. For an added or removed incident only its name
/// and title are given; for a changed one, everything below that changed.
/// </summary>
public sealed record IncidentChange(string Name, string Title, ChangeKind Kind)
{
    /// <summary>The TLP level (<c>TLP:CLEAR</c> → <c>TLP:AMBER</c> is <see cref="ChangeDirection.Raised"/>), when it changed.</summary>
    public ValueChange? Tlp { get; init; }

    /// <summary>Claims added, removed or changed: HEAD's claims in the author's order, then the removed ones in BASE's order.</summary>
    public ImmutableArray<ClaimChange> Claims { get; init; } = [];

    /// <summary>Indicators the incident lists (its own and the catalog ones it uses), identified by kind and refanged value.</summary>
    public ItemChanges Indicators { get; init; } = ItemChanges.None;

    /// <summary>Vulnerabilities the incident lists, identified by CVE ID (by name when there is none).</summary>
    public ItemChanges Vulnerabilities { get; init; } = ItemChanges.None;

    /// <summary>ATT&amp;CK techniques cited by the incident's claims, by ID.</summary>
    public ItemChanges Techniques { get; init; } = ItemChanges.None;

    /// <summary>The INC2018 findings on this incident's claims.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}

/// <summary>
/// A claim added, removed or changed. For an added claim, <see cref="Confidence"/> and
/// <see cref="Likelihood"/> carry its values as <see cref="ChangeDirection.Added"/>; for a removed one, as
/// <see cref="ChangeDirection.Removed"/>.
/// </summary>
public sealed record ClaimChange(string Name, ChangeKind Kind, string Text)
{
    /// <summary>Marked <c>key: true</c> at HEAD (at BASE for a removed claim).</summary>
    public bool IsKey { get; init; }

    public ValueChange? Confidence { get; init; }

    public ValueChange? Likelihood { get; init; }

    /// <summary><c>key: true</c> given or taken away: <see cref="ChangeDirection.Raised"/> when it became key, <see cref="ChangeDirection.Lowered"/> when it is no longer.</summary>
    public ValueChange? Key { get; init; }

    public ClaimStanding StandingBefore { get; init; }

    public ClaimStanding StandingAfter { get; init; }

    /// <summary>The claim that replaces it at HEAD, when it is superseded.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>The claim that replaced it at BASE, when it was superseded.</summary>
    public string? SupersededByBefore { get; init; }

    /// <summary>Names of the sources it cites at HEAD and did not at BASE, in HEAD's order.</summary>
    public ImmutableArray<string> SourcesAdded { get; init; } = [];

    /// <summary>Names of the sources it cited at BASE and no longer does, in BASE's order.</summary>
    public ImmutableArray<string> SourcesRemoved { get; init; } = [];

    /// <summary>Where the claim's name is: at HEAD, or at BASE for a removed claim.</summary>
    public Location? Location { get; init; }

    /// <summary>It stood at BASE and is withdrawn or superseded at HEAD.</summary>
    public bool WasWithdrawn => StandingBefore == ClaimStanding.Standing && StandingAfter != ClaimStanding.Standing;

    /// <summary>It was withdrawn or superseded at BASE and stands again at HEAD.</summary>
    public bool WasReinstated => StandingBefore != ClaimStanding.Standing && StandingAfter == ClaimStanding.Standing;
}

/// <summary>Items added and removed, each list ordered by <see cref="DiffItem.Key"/>.</summary>
public sealed record ItemChanges(ImmutableArray<DiffItem> Added, ImmutableArray<DiffItem> Removed)
{
    public static ItemChanges None { get; } = new([], []);

    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty;
}

/// <summary>
/// An indicator, vulnerability or technique. <see cref="Key"/> is its identity across the two revisions
/// (<c>ipv4:198.51.100.7</c>, <c>CVE-2024-1709</c>, <c>T1566.001</c>); <see cref="Label"/> what to show
/// first (the declaration's name, the CVE ID, the technique ID); <see cref="Description"/> the rest
/// (the kind and defanged value, the vulnerability's or technique's name).
/// </summary>
public sealed record DiffItem(string Key, string Label, string Description);
