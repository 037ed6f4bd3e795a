namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>A full region: 1-based lines and columns (UTF-16 code units), end column exclusive.</summary>
internal sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn);
