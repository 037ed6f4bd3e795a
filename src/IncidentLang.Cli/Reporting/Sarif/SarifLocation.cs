namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>A location wrapper.</summary>
internal sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation);
