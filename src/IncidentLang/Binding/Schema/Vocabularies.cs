using System.Collections.Immutable;

namespace IncidentLang.Binding;

/// <summary>
/// The closed vocabularies of the language (docs/language.md), each value with what it means and
/// the structured facts the emitters need. Emitters and rules read these facts; none of them
/// compares a vocabulary word.
/// </summary>
public static class Vocabularies
{
    private static VocabularyValue V(string name, string description) => new(name, description);

    // A plain loop, not Select over the ImmutableArray: this class is set up by every command, and the LINQ path was most of
    // its set-up (3.5 % of a small check's main thread).
    private static ImmutableArray<VocabularyValue> SectorValues()
    {
        var sectors = IndustrySectors.All;
        var values = new VocabularyValue[sectors.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = V(sectors[i].Name, sectors[i].Description);
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(values);
    }

    public static ImmutableArray<VocabularyValue> IncidentStatuses { get; } =
    [
        V("developing", "Facts are still coming in; judgements may change."),
        V("confirmed", "The core of the incident is established."),
        V("disputed", "Credible sources contradict each other on the core facts."),
        V("resolved", "The incident is over and the report is final."),
    ];

    /// <summary>Traffic Light Protocol 2.0, from least to most restricted.</summary>
    public static ImmutableArray<TlpLevel> TlpLevels { get; } =
    [
        new("clear", 0, "may be shared without restriction", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487") { Synonyms = ["white", "TLP:WHITE"] },
        new("green", 1, "may be shared within the community, not published", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"),
        new("amber", 2, "limited to the recipient's organisation and its clients on a need-to-know basis", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"),
        new("amber-strict", 3, "limited to the recipient's organisation only", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"),
        new("red", 4, "for the named recipients only, not to be shared further", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"),
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
    public static ImmutableArray<ReliabilityGrade> Reliabilities { get; } =
    [
        new("A", "Completely reliable", IsReliable: true),
        new("B", "Usually reliable", IsReliable: true),
        new("C", "Fairly reliable", IsReliable: true),
        new("D", "Not usually reliable", IsReliable: false),
        new("E", "Unreliable", IsReliable: false),
        new("F", "Reliability cannot be judged", IsReliable: false),
    ];

    /// <summary>Admiralty information credibility grades 1–6, scored on the STIX 2.1 appendix scale (1→90 … 5→10; 6 has no score).</summary>
    public static ImmutableArray<CredibilityGrade> Credibilities { get; } =
    [
        new("1", "Confirmed by other sources", 1, 90),
        new("2", "Probably true", 2, 70),
        new("3", "Possibly true", 3, 50),
        new("4", "Doubtful", 4, 30),
        new("5", "Improbable", 5, 10),
        new("6", "Truth cannot be judged", 6, null),
    ];

    public static ImmutableArray<ActorKindValue> ActorKinds { get; } =
    [
        new("state", "A state or one of its agencies.", IsStixThreatActor: true, IsKnown: true),
        new("state-affiliated", "A group working for or with a state.", IsStixThreatActor: false, IsKnown: true),
        new("criminal", "A financially motivated criminal group.", IsStixThreatActor: false, IsKnown: true),
        new("hacktivist", "A group acting for a cause.", IsStixThreatActor: false, IsKnown: true),
        new("insider", "Someone inside the victim organisation.", IsStixThreatActor: false, IsKnown: true),
        new("unknown", "Not known.", IsStixThreatActor: false, IsKnown: false),
    ];

    /// <summary>
    /// Motives, with STIX attack-motivation-ov values. The STIX vocabulary has no "espionage": a
    /// state's espionage seeks advantage over other organisations (including militaries and
    /// governments), which is <c>organizational-gain</c>; financial motives are <c>personal-gain</c>
    /// (the vocabulary's value for cybercrime), disruption is <c>dominance</c>; <c>unknown</c> is
    /// left out (<c>unpredictable</c> means something else).
    /// </summary>
    public static ImmutableArray<MotiveValue> Motives { get; } =
    [
        new("espionage", "Gathering intelligence.", "organizational-gain"),
        new("financial", "Making money.", "personal-gain"),
        new("disruption", "Disrupting or destroying.", "dominance"),
        new("ideology", "Advancing a cause.", "ideology"),
        new("unknown", "Not known.", null),
    ];

    /// <summary>Target kinds, with STIX identity-class-ov values; a government target without a sector is in the <c>government</c> sector.</summary>
    public static ImmutableArray<TargetKindValue> TargetKinds { get; } =
    [
        new("organization", "A company or other organisation.", "organization", null),
        new("sector", "A whole industry sector.", "class", null),
        new("government", "A government or government body.", "organization", "government"),
        new("individual", "A person.", "individual", null),
        new("infrastructure", "Systems or networks rather than an owner.", "system", null),
    ];

    public static ImmutableArray<VocabularyValue> Sectors { get; } =
        SectorValues();

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

    /// <summary>ICD 203 confidence levels, with their STIX scores and the score bands that read back as each level.</summary>
    public static ImmutableArray<ConfidenceLevel> ConfidenceLevels { get; } =
    [
        new("low", 0, 15, 0, 29, "the information is scant, questionable or fragmented"),
        new("moderate", 1, 50, 30, 69, "credibly sourced and plausible, but not corroborated enough for more") { Synonyms = ["medium"] },
        new("high", 2, 85, 70, 100, "based on high-quality information from multiple sources"),
    ];

    /// <summary>ICD 203 words of estimative probability, from least to most likely.</summary>
    public static ImmutableArray<LikelihoodValue> Likelihoods { get; } =
    [
        new("almost-no-chance", "remote", 1, 5),
        new("very-unlikely", "highly improbable", 5, 20),
        new("unlikely", "improbable", 20, 45),
        new("roughly-even-chance", "roughly even odds", 45, 55),
        new("likely", "probable", 55, 80),
        new("very-likely", "highly probable", 80, 95),
        new("almost-certain", "nearly certain", 95, 99),
    ];

    public static ImmutableArray<StanceValue> Stances { get; } =
    [
        new("confirms", "The party confirms the claims it is about.", IsDenial: false, IsConfirmation: true),
        new("denies", "The party denies the claims it is about.", IsDenial: true, IsConfirmation: false),
        new("disputes", "The party disputes the claims it is about.", IsDenial: false, IsConfirmation: false) { IsDispute = true },
        new("retracts", "The party withdraws what it said before.", IsDenial: false, IsConfirmation: false) { IsRetraction = true },
        new("corrects", "The party revises what it said before.", IsDenial: false, IsConfirmation: false) { IsCorrection = true },
        new("neutral", "The party neither confirms nor denies.", IsDenial: false, IsConfirmation: false),
    ];

    /// <summary>Kinds of party: a person or organisation that speaks or acts but is neither actor nor target.</summary>
    public static ImmutableArray<PartyKindValue> PartyKinds { get; } =
    [
        new("person", "A named person.", "individual", null),
        new("organization", "A company or other organisation.", "organization", null),
        new("government", "A government or one of its bodies.", "organization", "government"),
        new("vendor", "A software or security vendor.", "organization", null),
        new("media", "A news or media organisation.", "organization", "communications"),
    ];

    /// <summary>Kinds of malware, with their STIX 2.1 malware-type-ov values.</summary>
    public static ImmutableArray<MalwareKindValue> MalwareKinds { get; } =
    [
        new("ransomware", "Encrypts or locks data for a ransom.", "ransomware"),
        new("backdoor", "Gives covert remote access.", "backdoor"),
        new("webshell", "A script on a web server that gives remote control.", "webshell"),
        new("botnet", "Enrols machines into a network under remote command.", "bot"),
        new("wiper", "Destroys data.", "wiper"),
        new("loader", "Downloads or installs other malware.", "downloader"),
        new("rat", "A remote access trojan.", "remote-access-trojan") { Spelling = "RAT" },
        new("infostealer", "Steals credentials and other information.", "spyware"),
        new("rootkit", "Hides itself or other malware in the system.", "rootkit"),
        new("other", "Any other kind of malware.", "unknown"),
    ];

    /// <summary>Kinds of indicator of compromise, with how each is checked, defanged and written in STIX (<see cref="Binding.IndicatorKinds"/>).</summary>
    public static ImmutableArray<IndicatorKind> IndicatorKinds => Binding.IndicatorKinds.All;

    /// <summary>How soon defenders should act on a recommendation (CISA's "actions to take today" are immediate).</summary>
    public static ImmutableArray<VocabularyValue> RecommendationPriorities { get; } =
    [
        V("immediate", "Act now: CISA's \"actions to take today\"."),
        V("soon", "Act in the coming days."),
        V("routine", "Part of normal hardening."),
    ];

    /// <summary>Whether the activity itself is still going on (the incident's <c>status</c> is the maturity of the analysis).</summary>
    public static ImmutableArray<VocabularyValue> Activities { get; } =
    [
        V("ongoing", "The activity is still going on."),
        V("contained", "The activity has been contained but not ended."),
        V("ended", "The activity has ended."),
        V("unknown", "Not known."),
    ];

    /// <summary>What kind of assertion a claim is (ICD 203 distinguishes judgements from facts and assumptions).</summary>
    public static ImmutableArray<ClaimKindValue> ClaimKinds { get; } =
    [
        new("judgement", "An analytic judgement: what the analyst concludes, with confidence.", IsJudgement: true, Plural: "judgements"),
        new("fact", "A fact: established and not in question.", IsJudgement: false, Plural: "facts"),
        new("assumption", "An assumption the judgements rest on.", IsJudgement: false, Plural: "assumptions"),
    ];

    /// <summary>The confidence level a 0–100 score reads as (0–29 low, 30–69 moderate, 70–100 high).</summary>
    public static ConfidenceLevel ConfidenceLevelOf(int score) => ConfidenceLevels.FirstOrDefault(l => l.Contains(score)) ?? ConfidenceLevels[^1];

    public static TlpLevel? FindTlp(string name) => TlpLevels.FirstOrDefault(l => l.Name == name);
}
