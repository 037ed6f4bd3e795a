using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2005: a claim names actors but states no <c>confidence</c> (a likelihood alone does not count).
/// A claim marked <c>key: true</c> that states neither confidence nor likelihood gets INC2015 instead: one problem, one diagnostic.
/// </summary>
internal sealed class AttributionWithoutConfidenceAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2005", "Attribution without confidence", "Claim '{0}' names actors but states no confidence", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "Attributing activity to an actor is a judgement: say how confident it is with `confidence: low|moderate|high` (a likelihood alone is not enough).",
        "claim c1 { actors: [apt] text: \"...\" }", "claim c1 { actors: [apt] confidence: moderate text: \"...\" }");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Claim);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var claim = (ClaimSymbol)context.Symbol;
        if (claim.GetProperty(ClaimProperties.Actors) is { Values.IsEmpty: false } && claim.GetProperty(ClaimProperties.Confidence) is null
            && !KeyJudgementWithoutConfidenceAnalyzer.Applies(claim))
        {
            context.Report(Descriptor, claim.Syntax.NameOrKeywordSpan, claim.Name);
        }
    }
}
