using System.Text;
using IncidentLang.Diagnostics;
using IncidentLang.Diff;

namespace IncidentLang.Cli.Reporting.Diff;

/// <summary>
/// <c>inc diff --format markdown</c> (docs/diff.md): a pull-request comment. A marker comment first (so a
/// workflow can find and update its one comment), a heading per incident, a table of judgement changes
/// with arrows, lists of what was added and removed, and INC2018 called out as GitHub warning alerts.
/// Everything taken from a report is escaped or put in code spans: nothing in it becomes a link, a mention
/// or markup, and indicators are shown defanged.
/// </summary>
internal static class MarkdownDiffWriter
{
    /// <summary>The first line of every comment, for finding it again.</summary>
    public const string Marker = "<!-- incidentlang-diff -->";

    public static void Write(TextWriter writer, DiffReport report, DiffSides sides)
    {
        var s = new StringBuilder();
        s.Append(Marker).Append('\n');
        s.Append($"## Judgement changes: {Code(sides.BaseRevision)} → {(sides.HeadRevision is { } head ? Code(head) : "working tree")}\n\n");
        if (report.IsEmpty)
        {
            s.Append("No changes to incidents, judgements, indicators, vulnerabilities, techniques or TLP.\n");
            writer.Write(s.ToString());
            return;
        }

        var unexplained = report.Diagnostics.Count(DiffSides.Fails);
        s.Append($"{Plural(report.Incidents.Length, "incident")} changed");
        s.Append(unexplained == 0 ? ".\n" : $"; **{Plural(unexplained, "judgement change")} without a revision** saying why (INC2018).\n");
        foreach (var incident in report.Incidents)
        {
            s.Append($"\n### {Escape(incident.Title)} ({Code(incident.Name)})\n\n");
            if (incident.Kind != ChangeKind.Changed)
            {
                s.Append(incident.Kind == ChangeKind.Added ? "New incident.\n" : "Incident removed.\n");
                continue;
            }

            foreach (var diagnostic in incident.Diagnostics)
            {
                var start = diagnostic.Location.LineSpan.Start;
                s.Append(diagnostic.Severity == DiagnosticSeverity.Error ? "> [!CAUTION]\n" : diagnostic.Severity == DiagnosticSeverity.Warning ? "> [!WARNING]\n" : "> [!NOTE]\n");
                s.Append($"> **{diagnostic.Id}** {Code(sides.HeadPath(diagnostic.Location.FilePath))} line {start.Line + 1}: {Escape(diagnostic.Message)}. ");
                s.Append("Add a `revision` that says what changed and why, with the claim in its `claims`.\n\n");
            }

            if (incident.Tlp is { } tlp)
            {
                s.Append($"**TLP {DiffSides.Word(tlp.Direction)}** {Arrow(tlp.Direction)}: {Tlp(tlp.Before)} → {Tlp(tlp.After)}\n\n");
            }

            if (!incident.Claims.IsEmpty)
            {
                s.Append("| claim | change | before | after |\n|---|---|---|---|\n");
                foreach (var claim in incident.Claims)
                {
                    var first = true;
                    foreach (var row in ClaimRows.Of(claim, Code))
                    {
                        var cell = first ? ClaimCell(claim) : string.Empty;
                        var direction = row.Change.Split(' ') is [_, var word] ? ArrowOf(word) : string.Empty;
                        s.Append($"| {cell} | {row.Change}{direction} | {row.Before} | {row.After} |\n");
                        first = false;
                    }
                }

                s.Append('\n');
            }

            Items(s, "Indicators", incident.Indicators, i => $"{Code(i.Label)} {Code(i.Description)}");
            Items(s, "Vulnerabilities", incident.Vulnerabilities, i => Code(i.Label) + (i.Description.Length > 0 ? " " + Escape(i.Description) : string.Empty));
            Items(s, "ATT&CK techniques", incident.Techniques, i => $"{Code(i.Label)} {Escape(i.Description)}");
        }

        // Each block ends with a blank line and each heading starts with one: keep one.
        writer.Write(s.ToString().Replace("\n\n\n", "\n\n", StringComparison.Ordinal).TrimEnd('\n') + "\n");
    }

    /// <summary>"`kj3` (key) — The actor is…": the name, and the claim's text cut to 80 characters.</summary>
    private static string ClaimCell(ClaimChange claim)
    {
        var text = string.Join(' ', claim.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 80)
        {
            text = text[..text.LastIndexOf(' ', 79)] + "…";
        }

        return Code(claim.Name) + (claim.IsKey ? " (key)" : string.Empty) + (text.Length > 0 ? " — " + Escape(text) : string.Empty);
    }

    private static void Items(StringBuilder s, string what, ItemChanges items, Func<DiffItem, string> show)
    {
        if (!items.Added.IsEmpty)
        {
            s.Append($"**{what} added:** {string.Join(", ", items.Added.Select(show))}\n\n");
        }

        if (!items.Removed.IsEmpty)
        {
            s.Append($"**{what} removed:** {string.Join(", ", items.Removed.Select(show))}\n\n");
        }
    }

    private static string Tlp(string? name) => name is null ? "none" : "TLP:" + name.ToUpperInvariant().Replace("-STRICT", "+STRICT", StringComparison.Ordinal);

    private static string Arrow(ChangeDirection direction) => direction switch
    {
        ChangeDirection.Raised => "⬆",
        ChangeDirection.Lowered => "⬇",
        _ => "↔",
    };

    private static string ArrowOf(string word) => word switch
    {
        "raised" => " ⬆",
        "lowered" => " ⬇",
        _ => string.Empty,
    };

    /// <summary>A code span: nothing in it is markup or a link. A backtick inside gets a longer fence.</summary>
    private static string Code(string text)
    {
        text = text.Replace('\n', ' ').Replace('|', '¦');
        var fence = text.Contains('`', StringComparison.Ordinal) ? "``" : "`";
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return fence + pad + text + pad + fence;
    }

    /// <summary>Prose from a report, inert: the ASCII punctuation that Markdown or GitHub reads (emphasis, links, HTML, entities, mentions, table cells) is backslash-escaped.</summary>
    private static string Escape(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' '))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '@' or '~' or '&')
            {
                s.Append('\\');
            }

            s.Append(c);
        }

        return s.ToString();
    }

    private static string Plural(int count, string word) => $"{count} {word}{(count == 1 ? string.Empty : "s")}";
}
