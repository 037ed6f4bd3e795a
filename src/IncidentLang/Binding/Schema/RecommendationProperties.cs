using System.Collections.Immutable;
using IncidentLang.Attack;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>The properties of <c>recommendation</c>, an action for defenders (docs/language.md, "recommendation").</summary>
public static class RecommendationProperties
{
    public static PropertyDefinition Text { get; } = PropertyDefinition.Of("text", PropertyType.String, "What to do.") with { IsRequired = true, IsProse = true };

    public static PropertyDefinition Priority { get; } = PropertyDefinition.Enum("priority", Vocabularies.RecommendationPriorities, "How soon to act.") with { Default = "soon" };

    public static PropertyDefinition Techniques { get; } = PropertyDefinition.Attack("techniques", AttackObjectKind.Technique, "The ATT&CK techniques it counters.");

    public static PropertyDefinition Sources { get; } = PropertyDefinition.References("sources", DeclarationKind.Source, "Where it is recommended.");

    public static ImmutableArray<PropertyDefinition> All { get; } = [Text, Priority, Techniques, Sources];
}
