namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>Help in plain text and Markdown.</summary>
internal sealed record SarifHelp(string Text, string Markdown);
