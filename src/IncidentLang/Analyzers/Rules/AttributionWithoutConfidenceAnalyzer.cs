using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>INC2005: a claim names actors but states no <c>confidence</c> (a likelihood alone does not count).</summary>
public sealed class AttributionWithoutConfidenceAnalyzer : IncidentAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.AttributionWithoutConfidence];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Claim);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var claim = (ClaimSymbol)context.Symbol;
        if (claim.GetProperty(ClaimProperties.Actors) is { Values.IsEmpty: false } && claim.GetProperty(ClaimProperties.Confidence) is null)
        {
            context.Report(DiagnosticDescriptors.AttributionWithoutConfidence, claim.Syntax.NameOrKeywordSpan, claim.Name);
        }
    }
}
