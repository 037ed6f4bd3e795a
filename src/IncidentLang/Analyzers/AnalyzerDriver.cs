using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;

namespace IncidentLang.Analyzers;

/// <summary>Runs analyzers over the bound compilation. An analyzer that throws is reported as INC9999 at the symbol, never as a crash.</summary>
internal static class AnalyzerDriver
{
    public static ImmutableArray<Diagnostic> Run(BoundCompilation bound, DateOnly today, IEnumerable<IncidentAnalyzer> analyzers)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var analyzer in analyzers)
        {
            var context = new AnalysisContext();
            analyzer.Initialize(context);
            foreach (var symbol in bound.AllSymbols.Where(s => !s.HasDeclarationError))
            {
                foreach (var (kind, action) in context.SymbolActions)
                {
                    if (symbol.Kind != kind)
                    {
                        continue;
                    }

                    try
                    {
                        action(new SymbolAnalysisContext(symbol, bound, today, diagnostics.Add));
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
