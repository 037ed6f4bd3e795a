using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>INC2007: an incident has no <c>summary</c> (the briefing's bottom line up front).</summary>
public sealed class IncidentWithoutSummaryAnalyzer : IncidentAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.IncidentWithoutSummary];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Incident);

    private static void Analyze(SymbolAnalysisContext context)
    {
        if (context.Symbol.GetProperty(IncidentProperties.Summary) is null)
        {
            context.Report(DiagnosticDescriptors.IncidentWithoutSummary, context.Symbol.Syntax.NameOrKeywordSpan, context.Symbol.Name);
        }
    }
}
