using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>INC2007: an incident has no <c>summary</c> (the briefing's bottom line up front).</summary>
internal sealed class IncidentWithoutSummaryAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2007", "Incident has no summary", "Incident '{0}' has no summary", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "The summary is the bottom line up front of the briefing. Readers who read nothing else read it.",
        null, null);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Incident);

    private static void Analyze(SymbolAnalysisContext context)
    {
        if (context.Symbol.GetProperty(IncidentProperties.Summary) is null)
        {
            context.Report(Descriptor, context.Symbol.Syntax.NameOrKeywordSpan, context.Symbol.Name);
        }
    }
}
