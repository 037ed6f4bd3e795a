using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>The properties of <c>event</c> (docs/language.md, "event").</summary>
public static class EventProperties
{
    public static PropertyDefinition Date { get; } = PropertyDefinition.Of("date", PropertyType.Date, "When it happened.") with { IsRequired = true };

    public static PropertyDefinition Text { get; } = PropertyDefinition.Of("text", PropertyType.String, "What happened.") with { IsRequired = true, IsProse = true };

    public static PropertyDefinition Sources { get; } = PropertyDefinition.References("sources", DeclarationKind.Source, "Where it is reported.");

    public static PropertyDefinition End { get; } = PropertyDefinition.Of("end", PropertyType.Date, "When it ended: the event is a span from date to end.") with { NotBefore = "date" };

    public static ImmutableArray<PropertyDefinition> All { get; } = [Date, Text, Sources, End];
}
