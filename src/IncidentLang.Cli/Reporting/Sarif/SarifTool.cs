namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>The tool component wrapper.</summary>
internal sealed record SarifTool(SarifDriver Driver);
