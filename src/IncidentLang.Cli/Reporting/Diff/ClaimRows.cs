using IncidentLang.Diff;

namespace IncidentLang.Cli.Reporting.Diff;

/// <summary>One line of a claim's changes, as the text and Markdown reports show it: what changed, the value at BASE, the value at HEAD.</summary>
internal sealed record ClaimRow(string Change, string Before, string After)
{
    /// <summary>A row about the claim's standing (withdrawn, superseded, reinstated).</summary>
    public bool IsStanding { get; init; }
}

internal static class ClaimRows
{
    /// <summary>The rows of a claim; <paramref name="name"/> formats a declaration name (a code span in Markdown).</summary>
    public static IEnumerable<ClaimRow> Of(ClaimChange claim, Func<string, string> name)
    {
        switch (claim.Kind)
        {
            case ChangeKind.Added:
                yield return new ClaimRow("added", string.Empty, Values(claim.Confidence?.After, claim.Likelihood?.After, claim.StandingAfter, claim.SupersededBy, name));
                yield break;
            case ChangeKind.Removed:
                yield return new ClaimRow("removed", Values(claim.Confidence?.Before, claim.Likelihood?.Before, claim.StandingBefore, claim.SupersededByBefore, name), string.Empty);
                yield break;
        }

        if (claim.Confidence is { } confidence)
        {
            yield return new ClaimRow("confidence " + DiffSides.Word(confidence.Direction), confidence.Before ?? "none", confidence.After ?? "none");
        }

        if (claim.Likelihood is { } likelihood)
        {
            yield return new ClaimRow("likelihood " + DiffSides.Word(likelihood.Direction), likelihood.Before ?? "none", likelihood.After ?? "none");
        }

        if (claim.Key is { } key)
        {
            yield return new ClaimRow(key.Direction == ChangeDirection.Raised ? "now key" : "no longer key", key.Before ?? string.Empty, key.After ?? string.Empty);
        }

        if (claim.StandingBefore != claim.StandingAfter || claim.SupersededBy != claim.SupersededByBefore)
        {
            var change = claim.WasReinstated ? "reinstated" : DiffSides.Word(claim.StandingAfter);
            yield return new ClaimRow(change, Standing(claim.StandingBefore, claim.SupersededByBefore, name), Standing(claim.StandingAfter, claim.SupersededBy, name)) { IsStanding = true };
        }

        if (!claim.SourcesAdded.IsEmpty || !claim.SourcesRemoved.IsEmpty)
        {
            yield return new ClaimRow(
                "sources",
                string.Join(", ", claim.SourcesRemoved.Select(s => "−" + name(s))),
                string.Join(", ", claim.SourcesAdded.Select(s => "+" + name(s))));
        }
    }

    private static string Standing(ClaimStanding standing, string? supersededBy, Func<string, string> name) =>
        standing == ClaimStanding.Superseded && supersededBy is not null ? "superseded by " + name(supersededBy) : DiffSides.Word(standing);

    /// <summary>"confidence high, likelihood likely"; "withdrawn" when it is.</summary>
    private static string Values(string? confidence, string? likelihood, ClaimStanding standing, string? supersededBy, Func<string, string> name)
    {
        var parts = new List<string>();
        if (confidence is not null)
        {
            parts.Add("confidence " + confidence);
        }

        if (likelihood is not null)
        {
            parts.Add("likelihood " + likelihood);
        }

        if (standing != ClaimStanding.Standing)
        {
            parts.Add(Standing(standing, supersededBy, name));
        }

        return string.Join(", ", parts);
    }
}
