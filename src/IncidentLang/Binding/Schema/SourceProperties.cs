using System.Collections.Immutable;

namespace IncidentLang.Binding;

/// <summary>The properties of <c>source</c> (docs/language.md, "source").</summary>
public static class SourceProperties
{
    public static PropertyDefinition Name { get; } = PropertyDefinition.Of("name", PropertyType.String, "The source's name, e.g. \"The Wall Street Journal\".") with { IsRequired = true };

    public static PropertyDefinition Kind { get; } = PropertyDefinition.Enum("kind", Vocabularies.SourceKinds, "What kind of source it is.") with { IsRequired = true };

    public static PropertyDefinition Reliability { get; } = PropertyDefinition.Enum("reliability", Vocabularies.Reliabilities, "Admiralty source reliability, A (completely reliable) to F (cannot be judged).") with { Default = "F" };

    public static PropertyDefinition Published { get; } = PropertyDefinition.Of("published", PropertyType.Date, "When the source was published.");

    public static PropertyDefinition Url { get; } = PropertyDefinition.Of("url", PropertyType.Url, "The absolute http(s) address of the source.");

    public static PropertyDefinition Note { get; } = PropertyDefinition.Of("note", PropertyType.String, "Anything a reader should know, e.g. \"citing people familiar with the situation\".") with { IsProse = true };

    public static PropertyDefinition Reference { get; } = PropertyDefinition.Of("reference", PropertyType.String, "The document's own identifier, e.g. \"AA24-038A\".");

    public static ImmutableArray<PropertyDefinition> All { get; } = [Name, Kind, Reliability, Published, Url, Note, Reference];
}
