using System.Collections.Immutable;
using IncidentLang.Attack;

namespace IncidentLang.Binding;

/// <summary>The properties of <c>actor</c> (docs/language.md, "actor").</summary>
public static class ActorProperties
{
    public static PropertyDefinition Name { get; } = PropertyDefinition.Of("name", PropertyType.String, "The actor's name.") with { IsRequired = true };

    public static PropertyDefinition Kind { get; } = PropertyDefinition.Enum("kind", Vocabularies.ActorKinds, "What kind of actor it is.") with { Default = "unknown" };

    public static PropertyDefinition Aliases { get; } = PropertyDefinition.Of("aliases", PropertyType.String, "Other names, e.g. \"Salt Typhoon\", \"GhostEmperor\".") with { IsList = true };

    public static PropertyDefinition Country { get; } = PropertyDefinition.Of("country", PropertyType.Country, "ISO 3166-1 alpha-2 code of the country the actor is tied to.");

    public static PropertyDefinition Motive { get; } = PropertyDefinition.Enum("motive", Vocabularies.Motives, "Why the actor acts.");

    public static PropertyDefinition AttackId { get; } = PropertyDefinition.Attack("attack-id", AttackObjectKind.Group, "Its MITRE ATT&CK group ID, e.g. G1045.");

    public static ImmutableArray<PropertyDefinition> All { get; } = [Name, Kind, Aliases, Country, Motive, AttackId];
}
