using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>The properties of <c>indicator</c>, an indicator of compromise (docs/language.md, "indicator").</summary>
public static class IndicatorProperties
{
    public static PropertyDefinition Kind { get; } = PropertyDefinition.Enum("kind", Vocabularies.IndicatorKinds, "What the value is.") with { IsRequired = true };

    public static PropertyDefinition Value { get; } = PropertyDefinition.Of("value", PropertyType.String, "The value, live or defanged (hxxps://, [.], (.), [:], [@]); it is refanged, then must match its kind.") with { IsRequired = true };

    public static PropertyDefinition FirstSeen { get; } = PropertyDefinition.Of("first-seen", PropertyType.Date, "When it was first seen.");

    public static PropertyDefinition LastSeen { get; } = PropertyDefinition.Of("last-seen", PropertyType.Date, "When it was last seen.") with { NotBefore = "first-seen" };

    public static PropertyDefinition Confidence { get; } = ClaimProperties.Confidence with { Description = "How confident the analyst is that it indicates this activity: low, moderate, high or 0–100." };

    public static PropertyDefinition Software { get; } = PropertyDefinition.ReferenceList("software", "The malware or tools it indicates.", DeclarationKind.Malware, DeclarationKind.Tool);

    public static PropertyDefinition Actors { get; } = PropertyDefinition.References("actors", DeclarationKind.Actor, "The actors it indicates.");

    public static PropertyDefinition Sources { get; } = PropertyDefinition.References("sources", DeclarationKind.Source, "Where it is reported.");

    public static PropertyDefinition Note { get; } = PropertyDefinition.Of("note", PropertyType.String, "Anything a reader should know about it.") with { IsProse = true };

    public static ImmutableArray<PropertyDefinition> All { get; } = [Kind, Value, FirstSeen, LastSeen, Confidence, Software, Actors, Sources, Note];
}
