using System.Collections.Immutable;
using IncidentLang.Attack;

namespace IncidentLang.Binding;

/// <summary>The properties of <c>tool</c>: legitimate software used by an attacker (docs/language.md, "malware and tool").</summary>
public static class ToolProperties
{
    public static PropertyDefinition Name { get; } = PropertyDefinition.Of("name", PropertyType.String, "The tool's name, e.g. \"Mimikatz\".") with { IsRequired = true };

    public static PropertyDefinition AttackId { get; } = PropertyDefinition.Attack("attack-id", AttackObjectKind.Software, "Its MITRE ATT&CK software ID, e.g. S0002.");

    public static PropertyDefinition Aliases { get; } = PropertyDefinition.Of("aliases", PropertyType.String, "Other names.") with { IsList = true };

    public static ImmutableArray<PropertyDefinition> All { get; } = [Name, AttackId, Aliases];
}
