using System.Collections.Immutable;

namespace IncidentLang.Binding;

/// <summary>The properties of <c>incident</c> (docs/language.md, "incident").</summary>
public static class IncidentProperties
{
    public static PropertyDefinition Title { get; } = PropertyDefinition.Of("title", PropertyType.String, "The briefing's headline.") with { IsRequired = true, IsProse = true };

    public static PropertyDefinition Reported { get; } = PropertyDefinition.Of("reported", PropertyType.Date, "When this report was written or last updated.") with { IsRequired = true };

    public static PropertyDefinition Summary { get; } = PropertyDefinition.Of("summary", PropertyType.String, "The bottom line up front: the briefing's lead paragraph.") with { IsProse = true };

    public static PropertyDefinition Status { get; } = PropertyDefinition.Enum("status", Vocabularies.IncidentStatuses, "Where the incident stands.") with { Default = "developing" };

    public static PropertyDefinition Tlp { get; } = PropertyDefinition.Enum("tlp", Vocabularies.TlpLevels, "Traffic Light Protocol 2.0 marking; amber and above are built only with --tlp.") with { Default = "clear" };

    public static PropertyDefinition Tags { get; } = PropertyDefinition.Of("tags", PropertyType.String, "Free keywords.") with { IsList = true };

    public static PropertyDefinition Activity { get; } = PropertyDefinition.Enum("activity", Vocabularies.Activities, "Whether the activity itself is still going on (status is the maturity of the analysis).") with { Default = "unknown" };

    public static PropertyDefinition Outlook { get; } = PropertyDefinition.Of("outlook", PropertyType.String, "What the analyst expects next.") with { IsProse = true };

    public static PropertyDefinition Gaps { get; } = PropertyDefinition.Of("gaps", PropertyType.String, "Intelligence gaps: what is not known.") with { IsList = true, IsProse = true };

    public static ImmutableArray<PropertyDefinition> All { get; } = [Title, Reported, Summary, Status, Tlp, Tags, Activity, Outlook, Gaps];
}
