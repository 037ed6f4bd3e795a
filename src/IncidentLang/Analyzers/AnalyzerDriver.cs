using System.Collections.Immutable;
using System.Runtime.InteropServices;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;

namespace IncidentLang.Analyzers;

/// <summary>Runs analyzers over the bound compilation. An analyzer that throws is reported as INC9999 at the symbol, never as a crash.</summary>
internal static class AnalyzerDriver
{
    public static ImmutableArray<Diagnostic> Run(BoundCompilation bound, DateOnly today, IEnumerable<IncidentAnalyzer> analyzers) =>
        Run(bound, bound.AllSymbols, today, analyzers);

    /// <summary>
    /// The analyzers' diagnostics for every unit of the compilation: a unit a previous compilation analysed with the same day and
    /// analyzers keeps its diagnostics (a rule reads only its symbol, the symbol's incident, and what they reference: docs/architecture.md,
    /// "Incremental compilation"); the others are analysed now.
    /// </summary>
    /// <remarks>
    /// Units are analysed <paramref name="maxDegreeOfParallelism"/> at a time (a rule reads only its unit and what the unit references,
    /// and rules keep no state); their diagnostics are concatenated in unit order, so the result does not depend on it.
    /// </remarks>
    public static ImmutableArray<Diagnostic> RunIncrementally(BoundCompilation bound, DateOnly today, ImmutableArray<IncidentAnalyzer> analyzers, int maxDegreeOfParallelism = 1)
    {
        var key = ImmutableCollectionsMarshal.AsArray(analyzers)!;
        var units = bound.Units;
        var results = new ImmutableArray<Diagnostic>[units.Length];
        ParallelWork.For(units.Length, maxDegreeOfParallelism, i =>
        {
            var unit = units[i];
            if (unit.GetAnalysis(today, key) is not { } analysis)
            {
                analysis = Run(bound, [unit.Symbol, .. unit.Members], today, analyzers);
                unit.SetAnalysis(today, key, analysis);
            }

            results[i] = analysis;
        });

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(results.Sum(r => r.Length));
        foreach (var result in results)
        {
            diagnostics.AddRange(result);
        }

        return diagnostics.MoveToImmutable();
    }

    private static ImmutableArray<Diagnostic> Run(BoundCompilation bound, IEnumerable<Symbol> symbols, DateOnly today, IEnumerable<IncidentAnalyzer> analyzers)
    {
        var diagnostics = new List<Diagnostic>();
        var analyzed = symbols.Where(s => !s.HasDeclarationError).ToList();
        foreach (var analyzer in analyzers)
        {
            var context = new AnalysisContext();
            analyzer.Initialize(context);
            foreach (var symbol in analyzed)
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
