using System.Collections.Immutable;

namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>One run of the tool: its description and its results. Columns are UTF-16 code units (docs/language.md, "Checking files").</summary>
internal sealed record SarifRun(SarifTool Tool, ImmutableArray<SarifResult> Results, string ColumnKind = "utf16CodeUnits");
