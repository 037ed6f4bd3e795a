using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>INC2001: a claim cites no source. Reported at the claim's name.</summary>
public sealed class ClaimWithoutSourceAnalyzer : IncidentAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.ClaimWithoutSource];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Claim);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var claim = (ClaimSymbol)context.Symbol;
        var sources = claim.GetProperty(ClaimProperties.Sources);
        if (sources is null || (!sources.HasErrors && sources.Values.IsEmpty))
        {
            context.Report(DiagnosticDescriptors.ClaimWithoutSource, claim.Syntax.NameOrKeywordSpan, claim.Name);
        }
    }
}
