using System.Collections.Immutable;
using System.Runtime.InteropServices;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;

namespace IncidentLang.Analyzers;

/// <summary>Runs analyzers over the bound compilation. An analyzer that throws is reported as INC9999 at the symbol, never as a crash.</summary>
internal static class AnalyzerDriver
{
    /// <summary>The smallest unit whose rules run in parallel when there are threads to spare (the 2,000-claim report has 2,061 members).</summary>
    internal const int MinMembersForParallelRules = 1000;

    public static ImmutableArray<Diagnostic> Run(BoundCompilation bound, DateOnly today, IEnumerable<IncidentAnalyzer> analyzers) =>
        Run(bound, bound.AllSymbols, today, RegisteredAnalyzer.RegisterAll(analyzers), 1);

    /// <summary>
    /// The analyzers' diagnostics for every unit of the compilation: a unit a previous compilation analysed with the same day and
    /// analyzers keeps its diagnostics (a rule reads only its symbol, the symbol's incident, and what they reference: docs/architecture.md,
    /// "Incremental compilation"); the others are analysed now.
    /// </summary>
    /// <remarks>
    /// Units are analysed <paramref name="maxDegreeOfParallelism"/> at a time (a rule reads only its unit and what the unit references,
    /// and rules keep no state); their diagnostics are concatenated in unit order, so the result does not depend on it. With fewer
    /// units than threads, the analyzers of a unit of at least <paramref name="minMembersForParallelRules"/> members (one large
    /// report) run in parallel instead, each into a list of its own, and the lists are concatenated in analyzer order: the order one
    /// thread gives. A small unit is analysed on one thread: its rules take microseconds, less than handing them to other threads.
    /// </remarks>
    public static ImmutableArray<Diagnostic> RunIncrementally(BoundCompilation bound, DateOnly today, ImmutableArray<IncidentAnalyzer> analyzers, int maxDegreeOfParallelism = 1,
        int minMembersForParallelRules = MinMembersForParallelRules)
    {
        var key = ImmutableCollectionsMarshal.AsArray(analyzers)!;
        var units = bound.Units;
        var results = new ImmutableArray<Diagnostic>[units.Length];
        RegisteredAnalyzer[]? registered = null;
        var analyzerParallelism = units.Length < maxDegreeOfParallelism ? maxDegreeOfParallelism : 1;
        ParallelWork.For(units.Length, maxDegreeOfParallelism, i =>
        {
            var unit = units[i];
            if (unit.GetAnalysis(today, key) is not { } analysis)
            {
                var analyzersOfRun = Volatile.Read(ref registered);
                if (analyzersOfRun is null)
                {
                    analyzersOfRun = RegisteredAnalyzer.RegisterAll(analyzers);
                    analyzersOfRun = Interlocked.CompareExchange(ref registered, analyzersOfRun, null) ?? analyzersOfRun;
                }

                var symbols = new Symbol[unit.Members.Length + 1];
                symbols[0] = unit.Symbol;
                unit.Members.CopyTo(symbols, 1);
                analysis = Run(bound, symbols, today, analyzersOfRun, unit.Members.Length >= minMembersForParallelRules ? analyzerParallelism : 1);
                unit.SetAnalysis(today, key, analysis);
            }

            results[i] = analysis;
        });

        var count = 0;
        foreach (var result in results)
        {
            count += result.Length;
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(count);
        foreach (var result in results)
        {
            diagnostics.AddRange(result);
        }

        return diagnostics.MoveToImmutable();
    }

    private static ImmutableArray<Diagnostic> Run(BoundCompilation bound, IEnumerable<Symbol> symbols, DateOnly today, RegisteredAnalyzer[] analyzers, int maxDegreeOfParallelism)
    {
        var analyzed = new List<Symbol>();
        foreach (var symbol in symbols)
        {
            if (!symbol.HasDeclarationError)
            {
                analyzed.Add(symbol);
            }
        }

        if (maxDegreeOfParallelism <= 1 || analyzers.Length < 2)
        {
            var diagnostics = new List<Diagnostic>();
            foreach (var analyzer in analyzers)
            {
                RunAnalyzer(analyzer, analyzed, bound, today, diagnostics);
            }

            return [.. diagnostics];
        }

        var perAnalyzer = new List<Diagnostic>[analyzers.Length];
        ParallelWork.For(analyzers.Length, maxDegreeOfParallelism, i =>
        {
            var diagnostics = new List<Diagnostic>();
            RunAnalyzer(analyzers[i], analyzed, bound, today, diagnostics);
            perAnalyzer[i] = diagnostics;
        });

        var all = new List<Diagnostic>();
        foreach (var diagnostics in perAnalyzer)
        {
            all.AddRange(diagnostics);
        }

        return [.. all];
    }

    private static void RunAnalyzer(RegisteredAnalyzer analyzer, List<Symbol> analyzed, BoundCompilation bound, DateOnly today, List<Diagnostic> diagnostics)
    {
        var actions = analyzer.Actions;
        for (var s = 0; s < analyzed.Count; s++)
        {
            var symbol = analyzed[s];
            foreach (var (kind, action) in actions)
            {
                if (symbol.Kind != kind)
                {
                    continue;
                }

                try
                {
                    action(new SymbolAnalysisContext(symbol, bound, today, diagnostics));
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InternalError, symbol.NameLocation,
                        $"{analyzer.Analyzer.GetType().Name} failed on {symbol}: {exception.GetType().Name}: {exception.Message}"));
                }
            }
        }
    }
}
