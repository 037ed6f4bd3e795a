using System.Collections.Immutable;
using IncidentLang.Analyzers.Rules;
using IncidentLang.Diagnostics;

namespace IncidentLang.Analyzers;

/// <summary>Runs every analyzer over the bound compilation. An analyzer that throws is reported as INC9999 at the symbol, never as a crash.</summary>
public static class AnalyzerDriver
{
    public static ImmutableArray<IncidentAnalyzer> BuiltInAnalyzers { get; } =
    [
        new ClaimWithoutSourceAnalyzer(),
        new WeaklySourcedHighConfidenceAnalyzer(),
        new UnusedDeclarationAnalyzer(),
        new DateAfterReportedAnalyzer(),
        new AttributionWithoutConfidenceAnalyzer(),
        new UnattributedQuoteAnalyzer(),
        new IncidentWithoutSummaryAnalyzer(),
        new WordingContradictsConfidenceAnalyzer(),
        new UrlNotHttpsAnalyzer(),
        new DuplicateSourceUrlAnalyzer(),
    ];

    public static ImmutableArray<Diagnostic> Run(Compilation compilation, IEnumerable<IncidentAnalyzer> analyzers)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var analyzer in analyzers)
        {
            var context = new AnalysisContext();
            analyzer.Initialize(context);
            foreach (var symbol in compilation.Bound.AllSymbols.Where(s => !s.HasDeclarationError))
            {
                foreach (var (kind, action) in context.SymbolActions)
                {
                    if (symbol.Kind != kind)
                    {
                        continue;
                    }

                    try
                    {
                        action(new SymbolAnalysisContext(symbol, compilation, diagnostics.Add));
                    }
                    catch (Exception exception) when (exception is not OutOfMemoryException)
                    {
                        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InternalError, symbol.NameLocation,
                            $"{analyzer.GetType().Name} failed on {symbol}: {exception.GetType().Name}: {exception.Message}"));
                    }
                }
            }
        }

        return [.. diagnostics];
    }
}
