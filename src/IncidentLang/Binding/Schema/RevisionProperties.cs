using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>The properties of <c>revision</c>, an entry in the report's change history (docs/language.md, "revision").</summary>
public static class RevisionProperties
{
    public static PropertyDefinition Date { get; } = PropertyDefinition.Of("date", PropertyType.Date, "When the report changed.") with { IsRequired = true };

    public static PropertyDefinition Text { get; } = PropertyDefinition.Of("text", PropertyType.String, "What changed and why.") with { IsRequired = true, IsProse = true };

    public static PropertyDefinition Claims { get; } = PropertyDefinition.Reference("claims", "The claims it changed.", DeclarationKind.Claim) with { IsList = true };

    public static ImmutableArray<PropertyDefinition> All { get; } = [Date, Text, Claims];
}
