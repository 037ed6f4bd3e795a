using System.Collections.Frozen;
using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>
/// The language's schema (§4) as data: every declaration kind, its properties, their types,
/// required-ness, vocabularies and ranges. The binder, the emitters, the docs and the editor
/// all read this one table.
/// </summary>
public static class LanguageSchema
{
    private static VocabularyValue V(string name, string description) => new(name, description);

    // ------------------------------------------------------------------ vocabularies

    public static ImmutableArray<VocabularyValue> IncidentStatuses { get; } =
    [
        V("developing", "Facts are still coming in; judgements may change."),
        V("confirmed", "The core of the incident is established."),
        V("disputed", "Credible sources contradict each other on the core facts."),
        V("resolved", "The incident is over and the report is final."),
    ];

    /// <summary>Traffic Light Protocol 2.0, from least to most restricted.</summary>
    public static ImmutableArray<VocabularyValue> TlpLevels { get; } =
    [
        V("clear", "TLP:CLEAR — may be shared without restriction."),
        V("green", "TLP:GREEN — may be shared within the community, not published."),
        V("amber", "TLP:AMBER — limited to the recipient's organisation and its clients on a need-to-know basis."),
        V("amber-strict", "TLP:AMBER+STRICT — limited to the recipient's organisation only."),
        V("red", "TLP:RED — for the named recipients only, not to be shared further."),
    ];

    public static ImmutableArray<VocabularyValue> SourceKinds { get; } =
    [
        V("press", "A news organisation."),
        V("government", "A government agency or official body."),
        V("vendor", "A security vendor or its research team."),
        V("victim", "The affected organisation itself."),
        V("researcher", "An independent researcher or academic."),
        V("social", "Social media."),
        V("other", "Any other kind of source."),
    ];

    /// <summary>Admiralty (NATO) source reliability grades.</summary>
    public static ImmutableArray<VocabularyValue> Reliabilities { get; } =
    [
        V("A", "Completely reliable"),
        V("B", "Usually reliable"),
        V("C", "Fairly reliable"),
        V("D", "Not usually reliable"),
        V("E", "Unreliable"),
        V("F", "Reliability cannot be judged"),
    ];

    /// <summary>Admiralty information credibility grades 1–6.</summary>
    public static ImmutableArray<VocabularyValue> Credibilities { get; } =
    [
        V("1", "Confirmed by other sources"),
        V("2", "Probably true"),
        V("3", "Possibly true"),
        V("4", "Doubtful"),
        V("5", "Improbable"),
        V("6", "Truth cannot be judged"),
    ];

    public static ImmutableArray<VocabularyValue> ActorKinds { get; } =
    [
        V("state", "A state or one of its agencies."),
        V("state-affiliated", "A group working for or with a state."),
        V("criminal", "A financially motivated criminal group."),
        V("hacktivist", "A group acting for a cause."),
        V("insider", "Someone inside the victim organisation."),
        V("unknown", "Not known."),
    ];

    public static ImmutableArray<VocabularyValue> Motives { get; } =
    [
        V("espionage", "Gathering intelligence."),
        V("financial", "Making money."),
        V("disruption", "Disrupting or destroying."),
        V("ideology", "Advancing a cause."),
        V("unknown", "Not known."),
    ];

    public static ImmutableArray<VocabularyValue> TargetKinds { get; } =
    [
        V("organization", "A company or other organisation."),
        V("sector", "A whole industry sector."),
        V("government", "A government or government body."),
        V("individual", "A person."),
        V("infrastructure", "Systems or networks rather than an owner."),
    ];

    public static ImmutableArray<VocabularyValue> Sectors { get; } =
        [.. IndustrySectors.All.Select(s => V(s.Name, s.Description))];

    public static ImmutableArray<VocabularyValue> Actions { get; } =
    [
        V("compromise", "Gained control of systems."),
        V("access", "Gained access to systems or data."),
        V("exfiltrate", "Took data out."),
        V("eavesdrop", "Intercepted communications."),
        V("disrupt", "Disrupted or destroyed systems or services."),
        V("extort", "Demanded payment, e.g. ransomware."),
        V("deny", "Denied involvement."),
        V("other", "Any other action."),
    ];

    /// <summary>ICD 203 confidence levels, with their STIX scores.</summary>
    public static ImmutableArray<VocabularyValue> ConfidenceLevels { get; } =
    [
        V("low", "Low confidence (STIX 15): the information is scant, questionable or fragmented."),
        V("moderate", "Moderate confidence (STIX 50): credibly sourced and plausible, but not corroborated enough for more."),
        V("high", "High confidence (STIX 85): based on high-quality information from multiple sources."),
    ];

    /// <summary>ICD 203 words of estimative probability, from least to most likely.</summary>
    public static ImmutableArray<VocabularyValue> Likelihoods { get; } =
    [
        V("almost-no-chance", "Almost no chance (remote): 1–5%."),
        V("very-unlikely", "Very unlikely (highly improbable): 5–20%."),
        V("unlikely", "Unlikely (improbable): 20–45%."),
        V("roughly-even-chance", "Roughly even chance (roughly even odds): 45–55%."),
        V("likely", "Likely (probable): 55–80%."),
        V("very-likely", "Very likely (highly probable): 80–95%."),
        V("almost-certain", "Almost certain (nearly certain): 95–99%."),
    ];

    public static ImmutableArray<VocabularyValue> Stances { get; } =
    [
        V("confirms", "The party confirms the claims it is about."),
        V("denies", "The party denies the claims it is about."),
        V("neutral", "The party neither confirms nor denies."),
    ];

    // ------------------------------------------------------------------ declarations

    private static PropertyDefinition P(string name, PropertyType type, string description) => new(name, type, description);

    private static PropertyDefinition Enum(string name, ImmutableArray<VocabularyValue> values, string description) =>
        new(name, PropertyType.Enum, description) { Vocabulary = values };

    private static PropertyDefinition Refs(string name, DeclarationKind kind, string alias, string description) =>
        new(name, PropertyType.Reference, description) { IsList = true, ReferenceKinds = [kind], Aliases = [alias] };

    public static DeclarationDefinition Incident { get; } = new(
        DeclarationKind.Incident, "An incident report: the unit of output (one briefing, one JSON file, one STIX bundle).", allowedAtTopLevel: true,
        [
            P("title", PropertyType.String, "The briefing's headline.") with { IsRequired = true },
            P("reported", PropertyType.Date, "When this report was written or last updated.") with { IsRequired = true },
            P("summary", PropertyType.String, "The bottom line up front: the briefing's lead paragraph."),
            Enum("status", IncidentStatuses, "Where the incident stands.") with { Default = "developing" },
            Enum("tlp", TlpLevels, "Traffic Light Protocol 2.0 marking; amber and above are built only with --tlp.") with { Default = "clear" },
            P("tags", PropertyType.String, "Free keywords.") with { IsList = true },
        ]);

    public static DeclarationDefinition Source { get; } = new(
        DeclarationKind.Source, "Where information came from: an article, an advisory, a statement.", allowedAtTopLevel: true,
        [
            P("name", PropertyType.String, "The source's name, e.g. \"The Wall Street Journal\".") with { IsRequired = true },
            Enum("kind", SourceKinds, "What kind of source it is.") with { IsRequired = true },
            Enum("reliability", Reliabilities, "Admiralty source reliability, A (completely reliable) to F (cannot be judged).") with { Default = "F" },
            P("published", PropertyType.Date, "When the source was published."),
            P("url", PropertyType.Url, "The absolute http(s) address of the source."),
            P("note", PropertyType.String, "Anything a reader should know, e.g. \"citing people familiar with the situation\"."),
        ]);

    public static DeclarationDefinition Actor { get; } = new(
        DeclarationKind.Actor, "Who did it, or who is said to have done it.", allowedAtTopLevel: true,
        [
            P("name", PropertyType.String, "The actor's name.") with { IsRequired = true },
            Enum("kind", ActorKinds, "What kind of actor it is.") with { Default = "unknown" },
            P("aliases", PropertyType.String, "Other names, e.g. \"Salt Typhoon\", \"GhostEmperor\".") with { IsList = true },
            P("country", PropertyType.Country, "ISO 3166-1 alpha-2 code of the country the actor is tied to."),
            Enum("motive", Motives, "Why the actor acts."),
        ]);

    public static DeclarationDefinition Target { get; } = new(
        DeclarationKind.Target, "Who or what was targeted.", allowedAtTopLevel: true,
        [
            P("name", PropertyType.String, "The target's name.") with { IsRequired = true },
            Enum("kind", TargetKinds, "What kind of target it is.") with { Default = "organization" },
            Enum("sector", Sectors, "STIX 2.1 industry sector."),
            P("country", PropertyType.Country, "ISO 3166-1 alpha-2 code of the target's country."),
        ]);

    public static DeclarationDefinition Claim { get; } = new(
        DeclarationKind.Claim, "An assertion the report makes, with its sources and the analyst's confidence.", allowedAtTopLevel: false,
        [
            P("text", PropertyType.String, "The assertion, in one or two sentences.") with { IsRequired = true },
            Refs("actors", DeclarationKind.Actor, "actor", "Who the claim is about."),
            Refs("targets", DeclarationKind.Target, "target", "Who or what was affected."),
            Enum("action", Actions, "What the actors are said to have done."),
            new PropertyDefinition("confidence", PropertyType.Confidence, "Analytic confidence: low, moderate, high (ICD 203) or 0–100 (STIX).") { Vocabulary = ConfidenceLevels, Minimum = 0, Maximum = 100 },
            Enum("likelihood", Likelihoods, "How likely the claim is, in words of estimative probability."),
            new PropertyDefinition("credibility", PropertyType.Integer, "Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged).") { Minimum = 1, Maximum = 6, Vocabulary = Credibilities },
            Refs("sources", DeclarationKind.Source, "source", "Where the claim comes from."),
            P("first-seen", PropertyType.Date, "When the activity was first seen."),
            P("last-seen", PropertyType.Date, "When the activity was last seen."),
        ]);

    public static DeclarationDefinition Statement { get; } = new(
        DeclarationKind.Statement, "Something a party said: a confirmation, a denial, a comment.", allowedAtTopLevel: false,
        [
            new PropertyDefinition("by", PropertyType.Reference, "Who said it: an actor, a target or a source.") { IsRequired = true, ReferenceKinds = [DeclarationKind.Actor, DeclarationKind.Target, DeclarationKind.Source] },
            new PropertyDefinition("via", PropertyType.Reference, "Where it was reported.") { ReferenceKinds = [DeclarationKind.Source] },
            P("quote", PropertyType.String, "The verbatim words."),
            P("text", PropertyType.String, "A paraphrase."),
            Enum("stance", Stances, "Whether the statement confirms or denies the claims it is about.") with { Default = "neutral" },
            new PropertyDefinition("regarding", PropertyType.Reference, "The claims the statement is about.") { IsList = true, ReferenceKinds = [DeclarationKind.Claim] },
            P("date", PropertyType.Date, "When it was said."),
        ]);

    public static DeclarationDefinition Event { get; } = new(
        DeclarationKind.Event, "An entry of the incident's timeline.", allowedAtTopLevel: false,
        [
            P("date", PropertyType.Date, "When it happened.") with { IsRequired = true },
            P("text", PropertyType.String, "What happened.") with { IsRequired = true },
            Refs("sources", DeclarationKind.Source, "source", "Where it is reported."),
        ]);

    public static ImmutableArray<DeclarationDefinition> All { get; } = [Incident, Source, Actor, Target, Claim, Statement, Event];

    private static readonly FrozenDictionary<DeclarationKind, DeclarationDefinition> ByKind = All.ToFrozenDictionary(d => d.Kind);

    public static DeclarationDefinition Get(DeclarationKind kind) => ByKind[kind];

    /// <summary>Confidence words to STIX scores (§4: low=15, moderate=50, high=85).</summary>
    public static int ScoreOf(string level) => level switch
    {
        "low" => 15,
        "moderate" => 50,
        _ => 85,
    };

    /// <summary>Integer confidence back to a level (§4: 0–29 low, 30–69 moderate, 70–100 high).</summary>
    public static string LevelOf(int score) => score < 30 ? "low" : score < 70 ? "moderate" : "high";

    public static int TlpRank(string level) => TlpLevels.IndexOf(TlpLevels.First(v => v.Name == level));

    /// <summary>The TLP 2.0 label of a level: <c>amber-strict</c> → <c>TLP:AMBER+STRICT</c>.</summary>
    public static string TlpLabel(string level) => "TLP:" + level.ToUpperInvariant().Replace("-STRICT", "+STRICT", StringComparison.Ordinal);

    public static string DescribeKinds(ImmutableArray<DeclarationKind> kinds, bool plural)
    {
        var words = kinds.Select(k => SyntaxFacts.GetKeywordText(k)).Select(w => plural ? w + "s" : Article(w) + w).ToList();
        return words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];
    }

    public static string Article(string word) => "aeiou".Contains(word[0]) ? "an " : "a ";
}
