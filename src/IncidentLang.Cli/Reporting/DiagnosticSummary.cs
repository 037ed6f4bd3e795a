namespace IncidentLang.Cli.Reporting;

/// <summary>Counts in <c>--format json</c>.</summary>
internal sealed record DiagnosticSummary(int Errors, int Warnings, int Infos, int Files);
