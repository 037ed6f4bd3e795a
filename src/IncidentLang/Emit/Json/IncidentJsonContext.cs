using System.Text.Json.Serialization;

namespace IncidentLang.Emit.Json;

/// <summary>Source-generated (trimming/AOT-safe) serialization of the JSON output: camelCase, indented, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IncidentDocument))]
internal sealed partial class IncidentJsonContext : JsonSerializerContext;
