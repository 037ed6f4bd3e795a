using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>INC2017: an indicator cites no source. Reported at the indicator's name.</summary>
internal sealed class IndicatorWithoutSourceAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2017", "Indicator cites no source", "Indicator '{0}' cites no source", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "Defenders act on indicators: they block addresses and hunt for hashes. Say where each one comes from, so a reader can judge it and a false positive can be traced. Add `sources: [...]`.",
        "indicator c2 { kind: ipv4 value: \"198.51.100[.]7\" }", "indicator c2 { kind: ipv4 value: \"198.51.100[.]7\" sources: [cisa-aa23-158a] }");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Indicator);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var sources = context.Symbol.GetProperty(IndicatorProperties.Sources);
        if (sources is null || (!sources.HasErrors && sources.Values.IsEmpty))
        {
            context.Report(Descriptor, context.Symbol.Syntax.NameOrKeywordSpan, context.Symbol.Name);
        }
    }
}
