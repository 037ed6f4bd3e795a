using System.Collections.Immutable;

namespace IncidentLang.Binding;

/// <summary>The properties of <c>target</c> (docs/language.md, "target").</summary>
public static class TargetProperties
{
    public static PropertyDefinition Name { get; } = PropertyDefinition.Of("name", PropertyType.String, "The target's name.") with { IsRequired = true };

    public static PropertyDefinition Kind { get; } = PropertyDefinition.Enum("kind", Vocabularies.TargetKinds, "What kind of target it is.") with { Default = "organization" };

    public static PropertyDefinition Sector { get; } = PropertyDefinition.Enum("sector", Vocabularies.Sectors, "STIX 2.1 industry sector.");

    public static PropertyDefinition Country { get; } = PropertyDefinition.Of("country", PropertyType.Country, "ISO 3166-1 alpha-2 code of the target's country.");

    public static ImmutableArray<PropertyDefinition> All { get; } = [Name, Kind, Sector, Country];
}
