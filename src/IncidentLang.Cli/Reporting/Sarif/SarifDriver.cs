using System.Collections.Immutable;

namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>The driver: name, version, where to learn more, and a rule for every diagnostic the tool can report.</summary>
internal sealed record SarifDriver(string Name, string Version, string SemanticVersion, string InformationUri, ImmutableArray<SarifRule> Rules);
