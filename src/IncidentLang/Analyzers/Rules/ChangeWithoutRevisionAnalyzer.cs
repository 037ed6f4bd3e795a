using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2016: a claim is withdrawn or superseded and no <c>revision</c> of its incident names it in
/// <c>claims</c>. Reported at the <c>withdrawn</c> or <c>superseded-by</c> value.
/// </summary>
internal sealed class ChangeWithoutRevisionAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2016", "Withdrawn claim without a revision", "Claim '{0}' is {1} but no revision of the incident says why", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "When a report stops standing by a claim, readers need to know when and why (ICD 203 asks analysts to explain changes in their judgements, and advisories carry a version history). Add a `revision { date: … text: \"…\" claims: [the-claim] }` to the incident.",
        "claim c1 { withdrawn: true ... }", "revision { date: 2024-03-01 text: \"Withdrawn: the attribution was not supported.\" claims: [c1] }");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Claim);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var claim = (ClaimSymbol)context.Symbol;
        var marker = claim.GetProperty(ClaimProperties.SupersededBy) is { HasErrors: false, Single: { } superseded }
            ? (Value: superseded, Words: $"superseded by '{claim.SupersededBy!.Name}'")
            : claim.GetProperty(ClaimProperties.Withdrawn) is { HasErrors: false, Single: { Value: true } withdrawn }
                ? (Value: withdrawn, Words: "withdrawn")
                : default;
        if (marker.Value is null || claim.Incident is not { } incident || incident.Revisions.Any(r => r.Claims.Contains(claim)))
        {
            return;
        }

        context.Report(Descriptor, marker.Value.Syntax.Span, claim.Name, marker.Words);
    }
}
