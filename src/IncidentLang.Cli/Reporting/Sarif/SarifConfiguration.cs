namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>A rule's default level: error, warning or note.</summary>
internal sealed record SarifConfiguration(string Level);
