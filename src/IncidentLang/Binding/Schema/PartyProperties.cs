using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>The properties of <c>party</c> (docs/language.md, "party").</summary>
public static class PartyProperties
{
    public static PropertyDefinition Name { get; } = PropertyDefinition.Of("name", PropertyType.String, "The party's name, e.g. \"Andrew Witty\" or \"Progress Software\".") with { IsRequired = true };

    public static PropertyDefinition Kind { get; } = PropertyDefinition.Enum("kind", Vocabularies.PartyKinds, "What kind of party it is.") with { Default = "organization" };

    public static PropertyDefinition Role { get; } = PropertyDefinition.Of("role", PropertyType.String, "The party's role, e.g. \"Chief Executive Officer, UnitedHealth Group\".");

    public static PropertyDefinition Affiliation { get; } =
        PropertyDefinition.Reference("affiliation", "Whom the party belongs to or speaks for: a party, target, source or actor.", DeclarationKind.Party, DeclarationKind.Target, DeclarationKind.Source, DeclarationKind.Actor);

    public static PropertyDefinition Country { get; } = PropertyDefinition.Of("country", PropertyType.Country, "ISO 3166-1 alpha-2 code of the party's country.");

    public static ImmutableArray<PropertyDefinition> All { get; } = [Name, Kind, Role, Affiliation, Country];
}
