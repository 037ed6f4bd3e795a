using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>The root of a SARIF 2.1.0 log (only the parts IncidentLang writes).</summary>
internal sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    ImmutableArray<SarifRun> Runs);
