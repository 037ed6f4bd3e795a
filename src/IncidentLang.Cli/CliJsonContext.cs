using System.Text.Json.Serialization;
using IncidentLang.Cli.Reporting;

namespace IncidentLang.Cli;

/// <summary>Source-generated JSON for the CLI's own outputs.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(DiagnosticReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
