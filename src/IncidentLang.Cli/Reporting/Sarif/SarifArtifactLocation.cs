namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>A repository-relative file URI.</summary>
internal sealed record SarifArtifactLocation(string Uri);
