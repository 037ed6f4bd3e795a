namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>A file and a region in it.</summary>
internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);
