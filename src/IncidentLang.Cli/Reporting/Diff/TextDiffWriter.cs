using IncidentLang.Diff;

namespace IncidentLang.Cli.Reporting.Diff;

/// <summary><c>inc diff --format text</c> (docs/diff.md): for a terminal; INC2018 as canonical compiler lines at the end.</summary>
internal static class TextDiffWriter
{
    public static void Write(TextWriter writer, DiffReport report, DiffSides sides)
    {
        writer.WriteLine($"Changes from {sides.BaseRevision}{Commit(sides.BaseRevision, sides.BaseCommit)} to {sides.HeadLabel}{Commit(sides.HeadRevision, sides.HeadCommit)}:");
        if (report.IsEmpty)
        {
            writer.WriteLine("No changes to incidents, judgements, indicators, vulnerabilities, techniques or TLP.");
        }

        foreach (var incident in report.Incidents)
        {
            writer.WriteLine();
            if (incident.Kind != ChangeKind.Changed)
            {
                writer.WriteLine($"incident {incident.Name} ({incident.Title}): {DiffSides.Word(incident.Kind)}");
                continue;
            }

            writer.WriteLine($"incident {incident.Name} ({incident.Title})");
            if (incident.Tlp is { } tlp)
            {
                writer.WriteLine($"  TLP {DiffSides.Word(tlp.Direction)}: {tlp.Before} → {tlp.After}");
            }

            foreach (var claim in incident.Claims)
            {
                var label = $"  claim {claim.Name}{(claim.IsKey ? " (key)" : string.Empty)}: ";
                foreach (var row in ClaimRows.Of(claim, n => n))
                {
                    var values = (row.Before, row.After) switch
                    {
                        ("", "") => string.Empty,
                        ("", var after) => ": " + after,
                        (var before, "") => ": " + before,
                        _ when row.Change == "sources" => ": " + string.Join(", ", new[] { row.After, row.Before }.Where(v => v.Length > 0)),
                        _ when row.IsStanding => row.Change == "reinstated" ? $" (was {row.Before})" : row.After.StartsWith(row.Change + " by", StringComparison.Ordinal) ? row.After[row.Change.Length..] : string.Empty,
                        var (before, after) => $": {before} → {after}",
                    };
                    writer.WriteLine(label + row.Change + values);
                    label = new string(' ', label.Length);
                }
            }

            Items(writer, "indicators", incident.Indicators);
            Items(writer, "vulnerabilities", incident.Vulnerabilities);
            Items(writer, "techniques", incident.Techniques);
        }

        if (!report.Diagnostics.IsEmpty)
        {
            writer.WriteLine();
            foreach (var diagnostic in report.Diagnostics)
            {
                writer.WriteLine(sides.Line(diagnostic));
            }
        }

        writer.WriteLine();
        writer.WriteLine($"{Plural(report.Incidents.Length, "incident")} changed, {Plural(report.Diagnostics.Length, "judgement change")} without a revision (INC2018).");
    }

    private static void Items(TextWriter writer, string what, ItemChanges items)
    {
        foreach (var (list, sign) in new[] { (items.Added, "added"), (items.Removed, "removed") })
        {
            if (!list.IsEmpty)
            {
                writer.WriteLine($"  {what} {sign}: {string.Join(", ", list.Select(i => i.Description.Length == 0 ? i.Label : $"{i.Label} ({i.Description})"))}");
            }
        }
    }

    /// <summary>" (1a2b3c4)" after a revision, unless the revision is that commit ID already.</summary>
    private static string Commit(string? revision, string? commit) =>
        commit is null || (revision is not null && commit.StartsWith(revision, StringComparison.OrdinalIgnoreCase)) ? string.Empty : $" ({commit[..Math.Min(7, commit.Length)]})";

    private static string Plural(int count, string word) => $"{count} {word}{(count == 1 ? string.Empty : "s")}";
}
