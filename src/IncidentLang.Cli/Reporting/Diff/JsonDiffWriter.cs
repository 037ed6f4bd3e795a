using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentLang.Diagnostics;
using IncidentLang.Diff;

namespace IncidentLang.Cli.Reporting.Diff;

/// <summary>
/// <c>inc diff --format json</c> (docs/diff.md): one object, every property always present (null when it does
/// not apply), incidents by name, claims in the author's order then removed ones, items by key, diagnostics
/// by file and position. Enumerations are lower-case words.
/// </summary>
internal static class JsonDiffWriter
{
    public static void Write(TextWriter writer, DiffReport report, DiffSides sides)
    {
        var document = new DiffDocument(
            1,
            new DiffSideDocument(sides.BaseRevision, sides.BaseCommit),
            new DiffSideDocument(sides.HeadRevision, sides.HeadCommit),
            [.. report.Incidents.Select(Incident)],
            [.. report.Diagnostics.Select(d =>
            {
                var span = d.Location.LineSpan;
                return new DiagnosticEntry(d.Id, Diagnostic.SeverityName(d.Severity), d.Message, d.Location.FilePath,
                    span.Start.Line + 1, span.Start.Character + 1, span.End.Line + 1, span.End.Character + 1, d.Descriptor.Help);
            })],
            new DiffSummaryDocument(report.Incidents.Length, report.Incidents.Sum(i => i.Claims.Length), report.Diagnostics.Length));
        writer.Write(JsonSerializer.Serialize(document, DiffJsonContext.Default.DiffDocument));
        writer.Write('\n');
    }

    private static DiffIncidentDocument Incident(IncidentChange incident) => new(
        incident.Name,
        incident.Title,
        Word(incident.Kind),
        Value(incident.Tlp),
        [.. incident.Claims.Select(c => new DiffClaimDocument(
            c.Name,
            Word(c.Kind),
            c.Text,
            c.IsKey,
            Value(c.Confidence),
            Value(c.Likelihood),
            Value(c.Key),
            DiffSides.Word(c.StandingBefore),
            DiffSides.Word(c.StandingAfter),
            c.SupersededByBefore,
            c.SupersededBy,
            c.SourcesAdded,
            c.SourcesRemoved))],
        Items(incident.Indicators),
        Items(incident.Vulnerabilities),
        Items(incident.Techniques));

    private static string Word(ChangeKind kind) => DiffSides.Word(kind);

    private static DiffValueDocument? Value(ValueChange? change) => change is null ? null : new(change.Before, change.After, change.Direction switch
    {
        ChangeDirection.Raised => "raised",
        ChangeDirection.Lowered => "lowered",
        ChangeDirection.Added => "added",
        ChangeDirection.Removed => "removed",
        _ => "changed",
    });

    private static DiffItemsDocument Items(ItemChanges items) =>
        new([.. items.Added.Select(Item)], [.. items.Removed.Select(Item)]);

    private static DiffItemDocument Item(DiffItem item) => new(item.Key, item.Label, item.Description);
}

internal sealed record DiffDocument(int Version, DiffSideDocument Base, DiffSideDocument Head, ImmutableArray<DiffIncidentDocument> Incidents, ImmutableArray<DiagnosticEntry> Diagnostics, DiffSummaryDocument Summary);

/// <summary>A side: the revision as typed and its commit; both null for a working-tree HEAD.</summary>
internal sealed record DiffSideDocument(string? Revision, string? Commit);

internal sealed record DiffIncidentDocument(string Name, string Title, string Change, DiffValueDocument? Tlp, ImmutableArray<DiffClaimDocument> Claims, DiffItemsDocument Indicators, DiffItemsDocument Vulnerabilities, DiffItemsDocument Techniques);

internal sealed record DiffClaimDocument(
    string Name,
    string Change,
    string Text,
    bool IsKey,
    DiffValueDocument? Confidence,
    DiffValueDocument? Likelihood,
    DiffValueDocument? Key,
    string StandingBefore,
    string StandingAfter,
    string? SupersededByBefore,
    string? SupersededBy,
    ImmutableArray<string> SourcesAdded,
    ImmutableArray<string> SourcesRemoved);

internal sealed record DiffValueDocument(string? Before, string? After, string Direction);

internal sealed record DiffItemsDocument(ImmutableArray<DiffItemDocument> Added, ImmutableArray<DiffItemDocument> Removed);

internal sealed record DiffItemDocument(string Key, string Label, string Description);

internal sealed record DiffSummaryDocument(int Incidents, int Claims, int Unexplained);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(DiffDocument))]
internal sealed partial class DiffJsonContext : JsonSerializerContext;
