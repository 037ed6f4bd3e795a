namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>A repository-relative file URI, or an absolute <c>file:</c> URI for a file outside the repository.</summary>
internal sealed record SarifArtifactLocation(string Uri);
