using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>INC2009: a (valid) <c>url</c> that is not https. Reported at the url value.</summary>
internal sealed class UrlNotHttpsAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2009", "URL is not https", "URL '{0}' does not use https", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "Plain-http links can be altered in transit; prefer the https address of the same page.",
        "url: \"http://example.org/report\"", "url: \"https://example.org/report\"");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Source);

    private static void Analyze(SymbolAnalysisContext context)
    {
        if (context.Symbol.GetProperty(SourceProperties.Url) is { HasErrors: false, Single: { Value: string url } value }
            && !url.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
        {
            context.Report(Descriptor, value.Syntax.Span, url);
        }
    }
}
