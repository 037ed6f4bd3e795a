using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>INC2009: a (valid) <c>url</c> that is not https. Reported at the url value.</summary>
public sealed class UrlNotHttpsAnalyzer : IncidentAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.UrlNotHttps];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Source);

    private static void Analyze(SymbolAnalysisContext context)
    {
        if (context.Symbol.GetProperty(SourceProperties.Url) is { HasErrors: false, Single: { Value: string url } value }
            && !url.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
        {
            context.Report(DiagnosticDescriptors.UrlNotHttps, value.Syntax.Span, url);
        }
    }
}
