using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>The properties of <c>statement</c> (docs/language.md, "statement").</summary>
public static class StatementProperties
{
    public static PropertyDefinition By { get; } =
        PropertyDefinition.Reference("by", "Who said it: an actor, a target, a source or a party.", DeclarationKind.Actor, DeclarationKind.Target, DeclarationKind.Source, DeclarationKind.Party) with { IsRequired = true };

    public static PropertyDefinition Via { get; } = PropertyDefinition.Reference("via", "Where it was reported.", DeclarationKind.Source);

    public static PropertyDefinition Quote { get; } = PropertyDefinition.Of("quote", PropertyType.String, "The verbatim words.") with { IsProse = true };

    public static PropertyDefinition Text { get; } = PropertyDefinition.Of("text", PropertyType.String, "A paraphrase.") with { IsProse = true };

    public static PropertyDefinition Stance { get; } = PropertyDefinition.Enum("stance", Vocabularies.Stances, "Whether the statement confirms, denies or disputes the claims it is about, or retracts or corrects what the speaker said before.") with { Default = "neutral" };

    public static PropertyDefinition Regarding { get; } = PropertyDefinition.Reference("regarding", "The claims the statement is about.", DeclarationKind.Claim) with { IsList = true };

    public static PropertyDefinition Date { get; } = PropertyDefinition.Of("date", PropertyType.Date, "When it was said.");

    public static ImmutableArray<PropertyDefinition> All { get; } = [By, Via, Quote, Text, Stance, Regarding, Date];
}
