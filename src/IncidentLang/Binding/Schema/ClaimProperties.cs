using System.Collections.Immutable;
using IncidentLang.Attack;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>The properties of <c>claim</c> (docs/language.md, "claim").</summary>
public static class ClaimProperties
{
    public static PropertyDefinition Text { get; } = PropertyDefinition.Of("text", PropertyType.String, "The assertion, in one or two sentences.") with { IsRequired = true, IsProse = true };

    public static PropertyDefinition Actors { get; } = PropertyDefinition.References("actors", DeclarationKind.Actor, "Who the claim is about.");

    public static PropertyDefinition Targets { get; } = PropertyDefinition.References("targets", DeclarationKind.Target, "Who or what was affected.");

    public static PropertyDefinition Action { get; } = PropertyDefinition.Enum("action", Vocabularies.Actions, "What the actors are said to have done.");

    public static PropertyDefinition Confidence { get; } = new("confidence", PropertyType.Confidence, "Analytic confidence: low, moderate, high (ICD 203) or 0–100 (STIX).")
    {
        Vocabulary = [.. Vocabularies.ConfidenceLevels],
        Minimum = 0,
        Maximum = 100,
    };

    public static PropertyDefinition Likelihood { get; } = PropertyDefinition.Enum("likelihood", Vocabularies.Likelihoods, "How likely the claim is, in words of estimative probability.");

    public static PropertyDefinition Credibility { get; } = new("credibility", PropertyType.Integer, "Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged).")
    {
        Minimum = 1,
        Maximum = 6,
        Vocabulary = [.. Vocabularies.Credibilities],
    };

    public static PropertyDefinition Sources { get; } = PropertyDefinition.References("sources", DeclarationKind.Source, "Where the claim comes from.");

    public static PropertyDefinition FirstSeen { get; } = PropertyDefinition.Of("first-seen", PropertyType.Date, "When the activity was first seen.");

    public static PropertyDefinition LastSeen { get; } = PropertyDefinition.Of("last-seen", PropertyType.Date, "When the activity was last seen.") with { NotBefore = "first-seen" };

    public static PropertyDefinition Techniques { get; } = PropertyDefinition.Attack("techniques", AttackObjectKind.Technique, "The MITRE ATT&CK techniques the claim describes, e.g. T1190, T1078.004.");

    public static PropertyDefinition Software { get; } = PropertyDefinition.ReferenceList("software", "The malware or tools the claim is about.", DeclarationKind.Malware, DeclarationKind.Tool);

    public static PropertyDefinition Vulnerabilities { get; } = PropertyDefinition.References("vulnerabilities", DeclarationKind.Vulnerability, "The vulnerabilities the claim is about.");

    public static PropertyDefinition Indicators { get; } = PropertyDefinition.References("indicators", DeclarationKind.Indicator, "The indicators of compromise the claim rests on.");

    public static PropertyDefinition Kind { get; } = PropertyDefinition.Enum("kind", Vocabularies.ClaimKinds, "What kind of assertion it is: an analytic judgement, a fact or an assumption (ICD 203).") with { Default = "judgement" };

    public static PropertyDefinition Key { get; } = PropertyDefinition.Of("key", PropertyType.Boolean, "A key judgement. When no claim of the incident is marked key, every judgement is.");

    public static PropertyDefinition Count { get; } = PropertyDefinition.Of("count", PropertyType.Integer, "A number of things, e.g. 190_000_000 (with unit).") with { Requires = "unit" };

    public static PropertyDefinition Unit { get; } = PropertyDefinition.Of("unit", PropertyType.String, "What count counts, e.g. \"individuals\" (with count).") with { Requires = "count" };

    public static PropertyDefinition Amount { get; } = PropertyDefinition.Of("amount", PropertyType.Decimal, "An amount of money, e.g. 22_000_000 (with currency).") with { Requires = "currency" };

    public static PropertyDefinition Currency { get; } = PropertyDefinition.Of("currency", PropertyType.Currency, "The amount's currency: an ISO 4217 code or BTC, ETH, XMR, USDT, USDC, LTC (with amount).") with { Requires = "amount" };

    public static PropertyDefinition Withdrawn { get; } = PropertyDefinition.Of("withdrawn", PropertyType.Boolean, "The report no longer stands by this claim.");

    public static PropertyDefinition SupersededBy { get; } = PropertyDefinition.Reference("superseded-by", "The claim that replaces this one.", DeclarationKind.Claim);

    public static ImmutableArray<PropertyDefinition> All { get; } =
        [Text, Actors, Targets, Action, Confidence, Likelihood, Credibility, Sources, FirstSeen, LastSeen, Techniques, Software, Vulnerabilities, Indicators,
         Kind, Key, Count, Unit, Amount, Currency, Withdrawn, SupersededBy];
}
