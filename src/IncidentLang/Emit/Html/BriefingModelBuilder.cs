using IncidentLang.Binding;
using IncidentLang.Syntax;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// Builds the Scriban model of a briefing (a tree of <see cref="ScriptObject"/>s, no reflection
/// over .NET objects, so it is trimming- and AOT-safe). Judgements are ordered by confidence
/// (highest first; unstated last), then source order. Every vocabulary value reaches the
/// template with its structured facts from <see cref="Vocabularies"/> (rank, score, range, label);
/// the template never parses a description nor compares a vocabulary word.
/// </summary>
internal static class BriefingModelBuilder
{
    public static ScriptObject Build(IncidentSymbol incident, string generator)
    {
        var (sources, actors, targets) = incident.GetParticipants();

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
    };
}
