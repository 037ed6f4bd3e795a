using System.Text.Json.Serialization;

namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>Source-generated serialization of the SARIF log.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;
