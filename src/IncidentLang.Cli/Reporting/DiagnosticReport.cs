using System.Collections.Immutable;

namespace IncidentLang.Cli.Reporting;

/// <summary>The top-level object of <c>inc check --format json</c>.</summary>
internal sealed record DiagnosticReport(int Version, ImmutableArray<DiagnosticEntry> Diagnostics, DiagnosticSummary Summary);
