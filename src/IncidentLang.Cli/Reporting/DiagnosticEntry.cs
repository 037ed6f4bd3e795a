namespace IncidentLang.Cli.Reporting;

/// <summary>One diagnostic in <c>--format json</c>; lines and columns are 1-based, columns in UTF-16 code units.</summary>
internal sealed record DiagnosticEntry(string Id, string Severity, string Message, string File, int Line, int Column, int EndLine, int EndColumn, string Help);
