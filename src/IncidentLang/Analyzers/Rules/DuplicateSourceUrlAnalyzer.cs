using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2010: two sources declared in one incident share a url (compared exactly, ignoring a
/// trailing '/'). Reported at the later one's url value.
/// </summary>
public sealed class DuplicateSourceUrlAnalyzer : IncidentAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.DuplicateSourceUrl];

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
                context.Report(DiagnosticDescriptors.DuplicateSourceUrl, value.Syntax.Span, source.Name, seen[key].Name);
            }
        }
    }
}
