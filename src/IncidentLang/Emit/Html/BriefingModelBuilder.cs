using System.Globalization;
using IncidentLang.Attack;
using IncidentLang.Binding;
using IncidentLang.Emit.Json;
using IncidentLang.Syntax;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// Builds the Scriban model of a briefing (a tree of <see cref="ScriptObject"/>s, no reflection
/// over .NET objects, so it is trimming- and AOT-safe). Judgements are ordered by confidence
/// (highest first; unstated last), then source order. Every vocabulary value reaches the
/// template with its structured facts from <see cref="Vocabularies"/> (rank, score, range, label);
/// the template never parses a description nor compares a vocabulary word. Indicators reach the
/// template only defanged: the live value is never in the model.
/// </summary>
internal static class BriefingModelBuilder
{
    public static ScriptObject Build(IncidentSymbol incident, string generator)
    {
        var participants = incident.GetParticipants();
        var (sources, actors, targets) = participants;

        ScriptObject SourceRef(SourceSymbol s) => new()
        {
            ["id"] = s.Name,
            ["name"] = s.DisplayName,
            ["grade"] = s.Reliability.Name,
            ["number"] = sources.IndexOf(s) + 1,
        };

        var claims = incident.Claims.Select((c, i) => (Claim: c, Index: i))
            .OrderByDescending(p => p.Claim.Confidence?.Score ?? -1).ThenBy(p => p.Index)
            .Select(p => p.Claim).ToList();
        var techniques = claims.SelectMany(c => c.Techniques).Distinct().ToList();

        var model = new ScriptObject
        {
            ["generator"] = generator,
            ["id"] = incident.Name,
            ["title"] = incident.Title,
            ["reported"] = incident.Reported?.Display,
            ["reported_iso"] = incident.Reported?.Iso,
            ["summary"] = Paragraphs(incident.Summary),
            ["status"] = incident.Status.Name,
            ["status_words"] = incident.Status.Label,
            ["status_label"] = incident.Status.Description,
            ["tlp"] = incident.Tlp.Name,
            ["tlp_label"] = incident.Tlp.Label,
            ["tlp_description"] = incident.Tlp.Description,
            ["tlp_meaning"] = Capitalize(incident.Tlp.Meaning),
            ["tags"] = new ScriptArray(incident.Tags),
            ["judgements"] = new ScriptArray(claims.Select(c => Judgement(c, SourceRef))),
            ["confidence_counts"] = ConfidenceCounts(claims),
            ["actors"] = new ScriptArray(actors.Select(Actor)),
            ["targets"] = new ScriptArray(targets.Select(Target)),
            ["parties"] = new ScriptArray(participants.Parties.Select(Party)),
            ["attack"] = IncidentModelBuilder.UsesAttack(incident, participants) ? AttackRelease() : null,
            ["technique_groups"] = TechniqueGroups(techniques, claims),
            ["technique_count"] = techniques.Count,
            ["vulnerabilities"] = new ScriptArray(participants.Vulnerabilities.Select(v => Vulnerability(v, claims, SourceRef))),
            ["software"] = new ScriptArray(participants.Software.Select(s => Software(s, claims))),
            ["indicators"] = new ScriptArray(participants.Indicators.Select(i => Indicator(i, claims, SourceRef))),
            ["statements"] = new ScriptArray(incident.Statements.Where(s => !s.Stance.IsDenial).Select(s => Statement(s, SourceRef))),
            ["denials"] = new ScriptArray(incident.Statements.Where(s => s.Stance.IsDenial).Select(s => Statement(s, SourceRef))),
            ["timeline"] = TimelineLayout.Build([.. incident.Events], SourceRef),
            ["sources"] = new ScriptArray(sources.Select((s, i) => Source(s, i + 1))),
            ["confidence_levels"] = new ScriptArray(Vocabularies.ConfidenceLevels.Select(ConfidenceLegend)),
            ["likelihoods"] = new ScriptArray(Vocabularies.Likelihoods.Select(LikelihoodLegend)),
            ["reliabilities"] = new ScriptArray(Vocabularies.Reliabilities.Select(v => new ScriptObject { ["name"] = v.Name, ["words"] = v.Label, ["description"] = v.Description })),
        };
        return model;
    }

    private static ScriptArray Paragraphs(string? text) =>
        text is null ? [] : new ScriptArray(text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>How many judgements hold each confidence level, most confident first, then "unstated"; levels with none are left out.</summary>
    private static ScriptArray ConfidenceCounts(IReadOnlyList<ClaimSymbol> claims)
    {
        var counts = new ScriptArray();
        foreach (var level in Vocabularies.ConfidenceLevels.Reverse())
        {
            var count = claims.Count(c => c.Confidence?.Level == level);
            if (count > 0)
            {
                counts.Add(new ScriptObject { ["count"] = count, ["words"] = level.Name });
            }
        }

        var unstated = claims.Count(c => c.Confidence is null);
        if (unstated > 0)
        {
            counts.Add(new ScriptObject { ["count"] = unstated, ["words"] = "unstated" });
        }

        return counts;
    }

    private static ScriptObject ConfidenceLegend(ConfidenceLevel level) => new()
    {
        ["name"] = level.Name,
        ["words"] = level.Label,
        ["rank"] = level.Rank,
        ["description"] = level.Description,
        ["meaning"] = Capitalize(level.Meaning),
        ["stix_score"] = level.StixScore,
    };

    private static ScriptObject LikelihoodLegend(LikelihoodValue likelihood) => new()
    {
        ["name"] = likelihood.Name,
        ["words"] = likelihood.Label,
        ["also"] = likelihood.AlsoCalled,
        ["description"] = likelihood.Description,
        ["range"] = likelihood.Range,
        ["low"] = likelihood.LowPercent,
        ["high"] = likelihood.HighPercent,
    };

    private static ScriptObject Judgement(ClaimSymbol c, Func<SourceSymbol, ScriptObject> sourceRef) => new()
    {
        ["id"] = c.Name,
        ["text"] = c.Text,
        ["confidence"] = c.Confidence?.Level.Name,
        ["confidence_rank"] = c.Confidence?.Level.Rank,
        ["confidence_words"] = c.Confidence is { } conf ? conf.Level.Label + " confidence" : "Confidence not stated",
        ["confidence_score"] = c.Confidence?.Score,
        ["likelihood"] = c.Likelihood?.Name,
        ["likelihood_words"] = c.Likelihood?.Label,
        ["likelihood_range"] = c.Likelihood?.Range,
        ["credibility"] = c.Credibility?.Grade,
        ["credibility_words"] = c.Credibility?.Description,
        ["action"] = c.Action?.Name,
        ["actors"] = new ScriptArray(c.Actors.Select(a => a.DisplayName)),
        ["targets"] = new ScriptArray(c.Targets.Select(t => t.DisplayName)),
        ["sources"] = new ScriptArray(c.Sources.Select(sourceRef)),
        ["first_seen"] = c.FirstSeen?.Display,
        ["last_seen"] = c.LastSeen?.Display,
        ["techniques"] = new ScriptArray(c.Techniques.Distinct().Select(t => new ScriptObject { ["id"] = t.Id, ["name"] = t.DisplayName })),
        ["vulnerabilities"] = new ScriptArray(c.Vulnerabilities.Select(v => new ScriptObject { ["id"] = v.Name, ["name"] = v.Cve ?? v.DisplayName })),
        ["software"] = new ScriptArray(c.Software.Select(s => new ScriptObject { ["id"] = s.Name, ["name"] = s.DisplayName })),
        ["indicators"] = new ScriptArray(c.Indicators.Select(i => new ScriptObject { ["id"] = i.Name, ["kind"] = i.IndicatorKind?.Label, ["defanged"] = Defanged(i) })),
    };

    /// <summary>The release named in the ATT&amp;CK section: "MITRE ATT&amp;CK® Enterprise 18.1".</summary>
    private static ScriptObject AttackRelease()
    {
        var catalog = AttackCatalog.Enterprise;
        return new ScriptObject
        {
            ["title"] = $"MITRE ATT&CK® {catalog.DomainName} {catalog.Version}",
            ["version"] = catalog.Version,
            ["url"] = AttackLinks.Home,
        };
    }

    /// <summary>
    /// The techniques the claims cite, grouped under the first tactic (in matrix order) each serves,
    /// the groups in matrix order and the techniques in each by ID; a technique appears once, with
    /// its other tactics named. Techniques without a tactic (withdrawn from the matrix) come last.
    /// </summary>
    private static ScriptArray TechniqueGroups(IReadOnlyList<AttackTechnique> cited, IReadOnlyList<ClaimSymbol> claims)
    {
        var groups = cited
            .GroupBy(t => t.Tactics.IsEmpty ? null : t.Tactics.MinBy(a => a.Order))
            .OrderBy(g => g.Key is null ? int.MaxValue : g.Key.Order);
        var result = new ScriptArray();
        foreach (var group in groups)
        {
            var tactic = group.Key;
            result.Add(new ScriptObject
            {
                ["tactic_id"] = tactic?.Id,
                ["tactic_name"] = tactic?.Name,
                ["tactic_url"] = tactic is null ? null : AttackLinks.Tactic(tactic),
                ["techniques"] = new ScriptArray(group.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => new ScriptObject
                {
                    ["id"] = t.Id,
                    ["name"] = t.DisplayName,
                    ["url"] = AttackLinks.Url(t),
                    ["other_tactics"] = new ScriptArray(t.Tactics.Where(a => a != tactic).OrderBy(a => a.Order).Select(a => a.Name)),
                    ["withdrawn"] = Withdrawn(t),
                    ["claims"] = new ScriptArray(claims.Where(c => c.Techniques.Contains(t)).Select(c => c.Name)),
                })),
            });
        }

        return result;
    }

    /// <summary>Why ATT&amp;CK no longer lists an object (INC2012 warns about it), or null when it is current.</summary>
    private static string? Withdrawn(AttackObject value) =>
        value.IsRevoked ? "revoked in ATT&CK" + (value.RevokedBy is { } by ? "; replaced by " + by : string.Empty)
        : value.IsDeprecated ? "deprecated in ATT&CK" : null;

    private static ScriptObject? AttackRef(AttackObject? value) => value is null ? null : new ScriptObject
    {
        ["id"] = value.Id,
        ["name"] = value.DisplayName,
        ["url"] = AttackLinks.Url(value),
        ["withdrawn"] = Withdrawn(value),
    };

    private static ScriptArray CitedIn(IEnumerable<ClaimSymbol> claims, Func<ClaimSymbol, bool> cites) =>
        new(claims.Where(cites).Select(c => c.Name));

    /// <summary>The only form of an indicator the briefing shows: defanged (never its live value).</summary>
    private static string Defanged(IndicatorSymbol i) =>
        i.IndicatorKind is { } kind && i.Value is { } value ? Defanging.Defang(kind, value) : string.Empty;

    private static ScriptObject Vulnerability(VulnerabilitySymbol v, IReadOnlyList<ClaimSymbol> claims, Func<SourceSymbol, ScriptObject> sourceRef)
    {
        var severity = v.Cvss is { } score ? CvssSeverity.Of(score) : null;
        return new ScriptObject
        {
            ["id"] = v.Name,
            ["cve"] = v.Cve,
            ["cve_url"] = v.Cve is { } cve ? "https://www.cve.org/CVERecord?id=" + cve : null,
            ["name"] = v.Title,
            ["label"] = v.DisplayName,
            ["product"] = v.Product,
            ["versions"] = v.Versions,
            ["cvss"] = v.Cvss?.ToString("0.0", CultureInfo.InvariantCulture),
            ["severity"] = severity?.Words,
            ["severity_rank"] = severity?.Rank,
            ["exploited"] = v.Exploited,
            ["exploited_words"] = v.Exploited switch { true => "Yes", false => "No", null => "Unknown" },
            ["published"] = v.Published?.Display,
            ["published_iso"] = v.Published?.Iso,
            ["sources"] = new ScriptArray(v.Sources.Select(sourceRef)),
            ["claims"] = CitedIn(claims, c => c.Vulnerabilities.Contains(v)),
        };
    }

    private static ScriptObject Software(SoftwareSymbol s, IReadOnlyList<ClaimSymbol> claims) => new()
    {
        ["id"] = s.Name,
        ["name"] = s.DisplayName,
        ["kind"] = VocabularyValue.Words(s.Definition.Keyword),
        ["malware_kind"] = (s as MalwareSymbol)?.MalwareKind?.Label,
        ["aliases"] = new ScriptArray(s.Aliases),
        ["attack"] = AttackRef(s.AttackSoftware),
        ["claims"] = CitedIn(claims, c => c.Software.Contains(s)),
    };

    private static ScriptObject Indicator(IndicatorSymbol i, IReadOnlyList<ClaimSymbol> claims, Func<SourceSymbol, ScriptObject> sourceRef) => new()
    {
        ["id"] = i.Name,
        ["kind"] = i.IndicatorKind?.Label,
        ["defanged"] = Defanged(i),
        ["first_seen"] = i.FirstSeen?.Display,
        ["first_seen_iso"] = i.FirstSeen?.Iso,
        ["last_seen"] = i.LastSeen?.Display,
        ["last_seen_iso"] = i.LastSeen?.Iso,
        ["confidence"] = i.Confidence?.Level.Name,
        ["confidence_words"] = i.Confidence?.Level.Label,
        ["confidence_score"] = i.Confidence?.Score,
        ["software"] = new ScriptArray(i.Software.Select(s => new ScriptObject { ["id"] = s.Name, ["name"] = s.DisplayName })),
        ["actors"] = new ScriptArray(i.Actors.Select(a => new ScriptObject { ["id"] = a.Name, ["name"] = a.DisplayName })),
        ["sources"] = new ScriptArray(i.Sources.Select(sourceRef)),
        ["note"] = i.Note,
        ["claims"] = CitedIn(claims, c => c.Indicators.Contains(i)),
    };

    private static ScriptObject Party(PartySymbol p) => new()
    {
        ["id"] = p.Name,
        ["name"] = p.DisplayName,
        ["kind"] = p.PartyKind.Label,
        ["role"] = p.Role,
        ["affiliation"] = p.Affiliation?.DisplayName,
        ["country"] = p.Country,
        ["country_name"] = p.Country is { } c ? CountryCodes.Names[c] : null,
    };

    private static ScriptObject Actor(ActorSymbol a) => new()
    {
        ["id"] = a.Name,
        ["name"] = a.DisplayName,
        ["kind"] = a.ActorKind.Label,
        ["aliases"] = new ScriptArray(a.Aliases),
        ["country"] = a.Country,
        ["country_name"] = a.Country is { } c ? CountryCodes.Names[c] : null,
        ["motive"] = a.Motive?.Label,
        ["attack"] = AttackRef(a.AttackGroup),
    };

    private static ScriptObject Target(TargetSymbol t) => new()
    {
        ["id"] = t.Name,
        ["name"] = t.DisplayName,
        ["kind"] = t.TargetKind.Label,
        ["sector"] = t.Sector?.Label,
        ["country"] = t.Country,
        ["country_name"] = t.Country is { } c ? CountryCodes.Names[c] : null,
    };

    private static ScriptObject Statement(StatementSymbol s, Func<SourceSymbol, ScriptObject> sourceRef) => new()
    {
        ["id"] = s.Name,
        ["by"] = s.By?.DisplayName,
        ["by_role"] = (s.By as PartySymbol)?.Role,
        ["by_party"] = (s.By as PartySymbol)?.Name,
        ["via"] = s.Via is { } via ? sourceRef(via) : null,
        ["quote"] = s.Quote,
        ["text"] = s.Text,
        ["stance"] = s.Stance.Name,
        ["stance_words"] = s.Stance.Label,
        ["is_denial"] = s.Stance.IsDenial,
        ["is_confirmation"] = s.Stance.IsConfirmation,
        ["regarding"] = new ScriptArray(s.Regarding.Select(c => new ScriptObject { ["id"] = c.Name, ["text"] = c.Text })),
        ["date"] = s.Date?.Display,
        ["date_iso"] = s.Date?.Iso,
    };

    private static ScriptObject Source(SourceSymbol s, int number) => new()
    {
        ["number"] = number,
        ["id"] = s.Name,
        ["name"] = s.DisplayName,
        ["kind"] = s.SourceKind?.Label,
        ["grade"] = s.Reliability.Name,
        ["grade_label"] = s.Reliability.Description,
        ["published"] = s.Published?.Display,
        ["published_iso"] = s.Published?.Iso,
        ["url"] = s.Url,
        ["note"] = s.Note,
        ["reference"] = s.Reference,
    };
}
