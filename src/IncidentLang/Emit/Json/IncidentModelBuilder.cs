using System.Collections.Immutable;
using IncidentLang.Attack;
using IncidentLang.Binding;
using IncidentLang.Emit.Common;

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
        var participants = EmitParticipants.Of(incident);
        var keyJudgements = incident.KeyJudgements.ToHashSet();
        return new IncidentDocument
        {
            Id = incident.Name,
            Title = incident.Title,
            Reported = incident.Reported?.Iso ?? string.Empty,
            Summary = incident.Summary,
            Status = incident.Status.Name,
            Tlp = incident.Tlp.Name,
            Tags = incident.Tags,
            Activity = incident.Activity.Name,
            Outlook = incident.Outlook,
            Gaps = incident.Gaps,
            Sources = [.. participants.Sources.Select(ToDocument)],
            Actors = [.. participants.Actors.Select(ToDocument)],
            Targets = [.. participants.Targets.Select(ToDocument)],
            Claims = [.. incident.Claims.Select(c => ToDocument(c, keyJudgements.Contains(c)))],
            Statements = [.. incident.Statements.Select(ToDocument)],
            Events = [.. incident.Events.Select(ToDocument)],
            Parties = [.. participants.Parties.Select(ToDocument)],
            Malware = [.. participants.Software.OfType<MalwareSymbol>().Select(ToDocument)],
            Tools = [.. participants.Software.OfType<ToolSymbol>().Select(ToDocument)],
            Vulnerabilities = [.. participants.Vulnerabilities.Select(ToDocument)],
            Indicators = [.. participants.Indicators.Select(ToDocument)],
            Recommendations = [.. incident.Recommendations.Select(ToDocument)],
            Revisions = [.. incident.Revisions.Select(ToDocument)],
            Attack = UsesAttack(incident, participants) ? new AttackDocument { Domain = AttackCatalog.Enterprise.Domain, Version = AttackCatalog.Enterprise.Version } : null,
        };
    }

    /// <summary>Whether any ATT&amp;CK ID appears in what the document carries.</summary>
    internal static bool UsesAttack(IncidentSymbol incident, IncidentParticipants participants) =>
        participants.Actors.Any(a => a.AttackGroup is not null)
        || participants.Software.Any(s => s.AttackSoftware is not null)
        || incident.Claims.Any(c => !c.Techniques.IsEmpty)
        || incident.Recommendations.Any(r => !r.Techniques.IsEmpty);

    private static AttackReferenceDocument Reference(AttackObject value) => new()
    {
        Id = value.Id,
        Name = value.DisplayName,
        Tactics = value is AttackTechnique technique ? [.. technique.Tactics.Select(t => t.ShortName)] : null,
    };

    private static string? Id(Symbol? symbol) => symbol?.Name;

    private static PartyDocument ToDocument(PartySymbol p) => new()
    {
        Id = p.Name,
        Name = p.DisplayName,
        Kind = p.PartyKind.Name,
        Role = p.Role,
        Affiliation = Id(p.Affiliation),
        AffiliationKind = p.Affiliation?.Definition.Keyword,
        Country = p.Country,
        Catalog = p.IsCatalog,
    };

    private static MalwareDocument ToDocument(MalwareSymbol m) => new()
    {
        Id = m.Name,
        Name = m.DisplayName,
        AttackId = m.AttackSoftware is { } software ? Reference(software) : null,
        Aliases = m.Aliases,
        Kind = m.MalwareKind?.Name,
        Catalog = m.IsCatalog,
    };

    private static ToolDocument ToDocument(ToolSymbol t) => new()
    {
        Id = t.Name,
        Name = t.DisplayName,
        AttackId = t.AttackSoftware is { } software ? Reference(software) : null,
        Aliases = t.Aliases,
        Catalog = t.IsCatalog,
    };

    private static VulnerabilityDocument ToDocument(VulnerabilitySymbol v) => new()
    {
        Id = v.Name,
        Cve = v.Cve,
        Name = v.Title,
        Product = v.Product,
        Versions = v.Versions,
        Cvss = v.Cvss,
        Exploited = v.Exploited,
        Published = v.Published?.Iso,
        Sources = Ids(v.Sources),
        Catalog = v.IsCatalog,
    };

    private static IndicatorDocument ToDocument(IndicatorSymbol i) => new()
    {
        Id = i.Name,
        Kind = i.IndicatorKind?.Name ?? string.Empty,
        Value = i.Value ?? string.Empty,
        Defanged = i.IndicatorKind is { } kind && i.Value is { } value ? Defanging.Defang(kind, value) : string.Empty,
        FirstSeen = i.FirstSeen?.Iso,
        LastSeen = i.LastSeen?.Iso,
        Confidence = i.Confidence is { } confidence ? new ConfidenceDocument(confidence.Level.Name, confidence.Score) : null,
        Software = Ids(i.Software),
        Actors = Ids(i.Actors),
        Sources = Ids(i.Sources),
        Note = i.Note,
        Catalog = i.IsCatalog,
    };

    private static RecommendationDocument ToDocument(RecommendationSymbol r) => new()
    {
        Id = r.Name.Length > 0 ? r.Name : null,
        Text = r.Text,
        Priority = r.Priority.Name,
        Techniques = [.. r.Techniques.Select(Reference)],
        Sources = Ids(r.Sources),
    };

    private static RevisionDocument ToDocument(RevisionSymbol r) => new()
    {
        Id = r.Name.Length > 0 ? r.Name : null,
        Date = r.Date?.Iso ?? string.Empty,
        Text = r.Text,
        Claims = Ids(r.Claims),
    };

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
        Reference = s.Reference,
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
        AttackId = a.AttackGroup is { } group ? Reference(group) : null,
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

    private static ClaimDocument ToDocument(ClaimSymbol c, bool keyJudgement) => new()
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
        Techniques = [.. c.Techniques.Select(Reference)],
        Software = Ids(c.Software),
        Vulnerabilities = Ids(c.Vulnerabilities),
        Indicators = Ids(c.Indicators),
        Kind = c.ClaimKind.Name,
        Key = c.GetProperty(ClaimProperties.Key) is not null ? c.IsMarkedKey : null,
        KeyJudgement = keyJudgement,
        Count = c.Count,
        Unit = c.Unit,
        Amount = c.Amount,
        Currency = c.Currency,
        Withdrawn = c.GetProperty(ClaimProperties.Withdrawn) is { HasErrors: false, Single.Value: bool withdrawn } ? withdrawn : null,
        SupersededBy = c.SupersededBy?.Name,
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
        End = e.End?.Iso,
    };
}
