using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2002: <c>high</c> confidence (or 70 and above) rests on fewer than two distinct sources, or
/// on no source rated A–C. Reported at the confidence value.
/// </summary>
internal sealed class WeaklySourcedHighConfidenceAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2002", "High confidence on weak sourcing", "{0}", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "`high` confidence (70 or more) should rest on at least two independent sources, at least one rated A–C for reliability. Lower the confidence or add corroboration.",
        "confidence: high  sources: [one-blog]", "confidence: moderate  sources: [one-blog]");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Claim);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var claim = (ClaimSymbol)context.Symbol;
        var confidence = claim.GetProperty(ClaimProperties.Confidence);
        if (confidence is null || confidence.HasErrors || claim.Confidence is not { Score: >= 70 } level
            || !SymbolAnalysisContext.IsClean(claim.GetProperty(ClaimProperties.Sources)))
        {
            return;
        }

        var sources = claim.Sources.Distinct().ToList();
        var graded = sources.Count(s => s.Reliability.IsReliable);
        var words = confidence.Single!.Syntax.ToFullString().Trim();
        string? problem = (sources.Count, graded) switch
        {
            (0, _) => $"Confidence '{words}' rests on no source; cite at least two, one rated A-C, or lower the confidence",
            (1, 0) => $"Confidence '{words}' rests on a single source, not rated A-C; corroborate it or lower the confidence",
            (1, _) => $"Confidence '{words}' rests on a single source; corroborate it or lower the confidence",
            (_, 0) => $"Confidence '{words}' rests on no source rated A-C; add a reliable source or lower the confidence",
            _ => null,
        };
        if (problem is not null && level.Score >= 70)
        {
            context.Report(Descriptor, confidence.Single.Syntax.Span, problem);
        }
    }
}
