using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2010: two sources declared in one incident share a url (compared exactly, ignoring a
/// trailing '/'). Reported at the later one's url value.
/// </summary>
internal sealed class DuplicateSourceUrlAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2010", "Two sources share a URL", "Source '{0}' has the same URL as source '{1}'", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "Two sources with the same URL are probably one source declared twice, which inflates apparent corroboration.",
        null, null);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Incident);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var incident = (IncidentSymbol)context.Symbol;
        var seen = new Dictionary<string, SourceSymbol>(StringComparer.Ordinal);
        foreach (var source in incident.LocalSources.Where(s => !s.HasDeclarationError))
        {
            if (source.GetProperty(SourceProperties.Url) is not { HasErrors: false, Single: { Value: string url } value })
            {
                continue;
            }

            var key = url.TrimEnd('/');
            if (!seen.TryAdd(key, source))
            {
                context.Report(Descriptor, value.Syntax.Span, source.Name, seen[key].Name);
            }
        }
    }
}
