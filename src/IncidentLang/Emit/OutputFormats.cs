using System.Collections.Immutable;
using IncidentLang.Emit.Html;
using IncidentLang.Emit.Json;
using IncidentLang.Emit.Stix;

namespace IncidentLang.Emit;

/// <summary>The registry of output formats, in the order their files are written for an incident.</summary>
public static class OutputFormats
{
    public static OutputFormat Json { get; } = new JsonOutputFormat();

    public static OutputFormat Html { get; } = new HtmlOutputFormat();

    public static OutputFormat Stix { get; } = new StixOutputFormat();

    public static ImmutableArray<OutputFormat> All { get; } = [Json, Html, Stix];

    public static OutputFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
