namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>A plain-text message.</summary>
internal sealed record SarifText(string Text);
