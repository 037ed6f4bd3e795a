using IncidentLang.Binding;
using IncidentLang.Syntax;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// Builds the Scriban model of a briefing (a tree of <see cref="ScriptObject"/>s, no reflection
/// over .NET objects, so it is trimming- and AOT-safe). Judgements are ordered by confidence
/// (highest first; unstated last), then source order.
/// </summary>
internal static class BriefingModelBuilder
{
    public static ScriptObject Build(Compilation compilation, IncidentSymbol incident, string generator)
    {
        var (sources, actors, targets) = compilation.ParticipantsOf(incident);

        ScriptObject SourceRef(SourceSymbol s) => new()
        {
            ["id"] = s.Name,
            ["name"] = s.DisplayName,
            ["grade"] = s.Reliability,
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
            ["status"] = incident.Status,
            ["status_label"] = Describe(LanguageSchema.IncidentStatuses, incident.Status),
            ["tlp"] = incident.Tlp,
            ["tlp_label"] = LanguageSchema.TlpLabel(incident.Tlp),
            ["tlp_description"] = Describe(LanguageSchema.TlpLevels, incident.Tlp),
            ["tags"] = new ScriptArray(incident.Tags),
            ["judgements"] = new ScriptArray(claims.Select(c => Judgement(c, SourceRef))),
            ["actors"] = new ScriptArray(actors.Select(Actor)),
            ["targets"] = new ScriptArray(targets.Select(Target)),
            ["statements"] = new ScriptArray(incident.Statements.Where(s => s.Stance != "denies").Select(s => Statement(s, SourceRef))),
            ["denials"] = new ScriptArray(incident.Statements.Where(s => s.Stance == "denies").Select(s => Statement(s, SourceRef))),
            ["timeline"] = TimelineLayout.Build([.. incident.Events], SourceRef),
            ["sources"] = new ScriptArray(sources.Select((s, i) => Source(s, i + 1))),
            ["confidence_levels"] = Legend(LanguageSchema.ConfidenceLevels),
            ["likelihoods"] = Legend(LanguageSchema.Likelihoods),
            ["reliabilities"] = Legend(LanguageSchema.Reliabilities),
        };
        return model;
    }

    private static ScriptArray Paragraphs(string? text) =>
        text is null ? [] : new ScriptArray(text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Describe(IEnumerable<VocabularyValue> vocabulary, string name) =>
        vocabulary.FirstOrDefault(v => v.Name == name)?.Description ?? name;

    private static ScriptArray Legend(IEnumerable<VocabularyValue> vocabulary) =>
        new(vocabulary.Select(v => new ScriptObject { ["name"] = v.Name, ["words"] = Words(v.Name), ["description"] = v.Description }));

    /// <summary>"roughly-even-chance" → "Roughly even chance".</summary>
    internal static string Words(string name) => name.Length <= 1 ? name : char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');

    private static ScriptObject Judgement(ClaimSymbol c, Func<SourceSymbol, ScriptObject> sourceRef) => new()
    {
        ["id"] = c.Name,
        ["text"] = c.Text,
        ["confidence"] = c.Confidence?.Level,
        ["confidence_words"] = c.Confidence is { } conf ? Words(conf.Level) + " confidence" : "Confidence not stated",
        ["confidence_score"] = c.Confidence?.Score,
        ["likelihood"] = c.Likelihood,
        ["likelihood_words"] = c.Likelihood is { } l ? Words(l) : null,
        ["likelihood_range"] = c.Likelihood is { } lr ? Describe(LanguageSchema.Likelihoods, lr) : null,
        ["credibility"] = c.Credibility,
        ["credibility_words"] = c.Credibility is { } cr ? LanguageSchema.Credibilities[cr - 1].Description : null,
        ["action"] = c.Action,
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
        ["kind"] = Words(a.ActorKind),
        ["aliases"] = new ScriptArray(a.Aliases),
        ["country"] = a.Country,
        ["country_name"] = a.Country is { } c ? CountryCodes.Names[c] : null,
        ["motive"] = a.Motive is { } m ? Words(m) : null,
    };

    private static ScriptObject Target(TargetSymbol t) => new()
    {
        ["id"] = t.Name,
        ["name"] = t.DisplayName,
        ["kind"] = Words(t.TargetKind),
        ["sector"] = t.Sector is { } s ? Words(s) : null,
        ["country"] = t.Country,
        ["country_name"] = t.Country is { } c ? CountryCodes.Names[c] : null,
    };

    private static ScriptObject Statement(StatementSymbol s, Func<SourceSymbol, ScriptObject> sourceRef) => new()
    {
        ["id"] = s.Name,
        ["by"] = s.By switch
        {
            SourceSymbol src => src.DisplayName,
            ActorSymbol a => a.DisplayName,
            TargetSymbol t => t.DisplayName,
            _ => s.By?.Name,
        },
        ["via"] = s.Via is { } via ? sourceRef(via) : null,
        ["quote"] = s.Quote,
        ["text"] = s.Text,
        ["stance"] = s.Stance,
        ["stance_words"] = Words(s.Stance),
        ["regarding"] = new ScriptArray(s.Regarding.Select(c => new ScriptObject { ["id"] = c.Name, ["text"] = c.Text })),
        ["date"] = s.Date?.Display,
        ["date_iso"] = s.Date?.Iso,
    };

    private static ScriptObject Source(SourceSymbol s, int number) => new()
    {
        ["number"] = number,
        ["id"] = s.Name,
        ["name"] = s.DisplayName,
        ["kind"] = Words(s.SourceKind ?? "other"),
        ["grade"] = s.Reliability,
        ["grade_label"] = s.ReliabilityLabel,
        ["published"] = s.Published?.Display,
        ["published_iso"] = s.Published?.Iso,
        ["url"] = s.Url,
        ["note"] = s.Note,
    };
}
