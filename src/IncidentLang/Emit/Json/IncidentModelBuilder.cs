using System.Collections.Immutable;
using IncidentLang.Binding;

namespace IncidentLang.Emit.Json;

/// <summary>
/// Builds the resolved <see cref="IncidentDocument"/> of an incident from the bound model:
/// defaults applied, references as ids, sources/actors/targets = local ones in source order,
/// then the catalog ones the incident references, in first-use order. Also the model the HTML
/// briefing is rendered from.
/// </summary>
internal static class IncidentModelBuilder
{
    public static IncidentDocument Build(IncidentSymbol incident)
    {
        var participants = incident.GetParticipants();
        return new IncidentDocument
        {
            Id = incident.Name,
            Title = incident.Title,
            Reported = incident.Reported?.Iso ?? string.Empty,
            Summary = incident.Summary,
            Status = incident.Status.Name,
            Tlp = incident.Tlp.Name,
            Tags = incident.Tags,
            Sources = [.. participants.Sources.Select(ToDocument)],
            Actors = [.. participants.Actors.Select(ToDocument)],
            Targets = [.. participants.Targets.Select(ToDocument)],
            Claims = [.. incident.Claims.Select(ToDocument)],
            Statements = [.. incident.Statements.Select(ToDocument)],
            Events = [.. incident.Events.Select(ToDocument)],
        };
    }

    private static ImmutableArray<string> Ids<T>(ImmutableArray<T> symbols)
        where T : Symbol => [.. symbols.Select(s => s.Name)];

    private static SourceDocument ToDocument(SourceSymbol s) => new()
    {
        Id = s.Name,
        Name = s.DisplayName,
        Kind = s.SourceKind?.Name ?? string.Empty,
        Reliability = new GradeDocument(s.Reliability.Name, s.Reliability.Description),
        Published = s.Published?.Iso,
        Url = s.Url,
        Note = s.Note,
        Catalog = s.IsCatalog,
    };

    private static ActorDocument ToDocument(ActorSymbol a) => new()
    {
        Id = a.Name,
        Name = a.DisplayName,
        Kind = a.ActorKind.Name,
        Aliases = a.Aliases,
        Country = a.Country,
        Motive = a.Motive?.Name,
        Catalog = a.IsCatalog,
    };

    private static TargetDocument ToDocument(TargetSymbol t) => new()
    {
        Id = t.Name,
        Name = t.DisplayName,
        Kind = t.TargetKind.Name,
        Sector = t.Sector?.Name,
        Country = t.Country,
        Catalog = t.IsCatalog,
    };

    private static ClaimDocument ToDocument(ClaimSymbol c) => new()
    {
        Id = c.Name,
        Text = c.Text,
        Actors = Ids(c.Actors),
        Targets = Ids(c.Targets),
        Action = c.Action?.Name,
        Confidence = c.Confidence is { } confidence ? new ConfidenceDocument(confidence.Level.Name, confidence.Score) : null,
        Likelihood = c.Likelihood?.Name,
        Credibility = c.Credibility is { } grade ? new CredibilityDocument(grade.Grade, grade.Description) : null,
        Sources = Ids(c.Sources),
        FirstSeen = c.FirstSeen?.Iso,
        LastSeen = c.LastSeen?.Iso,
    };

    private static StatementDocument ToDocument(StatementSymbol s) => new()
    {
        Id = s.Name,
        By = s.By?.Name ?? string.Empty,
        ByKind = s.By?.Definition.Keyword ?? "actor",
        Via = s.Via?.Name,
        Quote = s.Quote,
        Text = s.Text,
        Stance = s.Stance.Name,
        Regarding = Ids(s.Regarding),
        Date = s.Date?.Iso,
    };

    private static EventDocument ToDocument(EventSymbol e) => new()
    {
        Id = e.Name.Length > 0 ? e.Name : null,
        Date = e.Date?.Iso ?? string.Empty,
        Text = e.Text,
        Sources = Ids(e.Sources),
    };
}
