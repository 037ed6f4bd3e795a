using System.Collections.Immutable;

namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>One diagnostic as a SARIF result.</summary>
internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifText Message,
    ImmutableArray<SarifLocation> Locations,
    ImmutableDictionary<string, string> PartialFingerprints);
