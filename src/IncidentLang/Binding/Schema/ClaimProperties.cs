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

    public static PropertyDefinition LastSeen { get; } = PropertyDefinition.Of("last-seen", PropertyType.Date, "When the activity was last seen.");

    public static PropertyDefinition Techniques { get; } = PropertyDefinition.Attack("techniques", AttackObjectKind.Technique, "The MITRE ATT&CK techniques the claim describes, e.g. T1190, T1078.004.");

    public static PropertyDefinition Software { get; } = PropertyDefinition.ReferenceList("software", "The malware or tools the claim is about.", DeclarationKind.Malware, DeclarationKind.Tool);

    public static PropertyDefinition Vulnerabilities { get; } = PropertyDefinition.References("vulnerabilities", DeclarationKind.Vulnerability, "The vulnerabilities the claim is about.");

    public static PropertyDefinition Indicators { get; } = PropertyDefinition.References("indicators", DeclarationKind.Indicator, "The indicators of compromise the claim rests on.");

    public static ImmutableArray<PropertyDefinition> All { get; } = [Text, Actors, Targets, Action, Confidence, Likelihood, Credibility, Sources, FirstSeen, LastSeen, Techniques, Software, Vulnerabilities, Indicators];
}
