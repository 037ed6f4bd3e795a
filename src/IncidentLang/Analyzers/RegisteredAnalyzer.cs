using IncidentLang.Syntax;

namespace IncidentLang.Analyzers;

/// <summary>
/// An analyzer with the callbacks it registered, asked once per analysis run rather than once per unit (a rule's
/// <see cref="IncidentAnalyzer.Initialize"/> allocates its registrations each time it is called).
/// </summary>
internal sealed class RegisteredAnalyzer
{
    private RegisteredAnalyzer(IncidentAnalyzer analyzer, (DeclarationKind Kind, Action<SymbolAnalysisContext> Action)[] actions)
    {
        Analyzer = analyzer;
        Actions = actions;
    }

    public IncidentAnalyzer Analyzer { get; }

    /// <summary>The symbol callbacks in registration order.</summary>
    public (DeclarationKind Kind, Action<SymbolAnalysisContext> Action)[] Actions { get; }

    public static RegisteredAnalyzer[] RegisterAll(IEnumerable<IncidentAnalyzer> analyzers)
    {
        var registered = new List<RegisteredAnalyzer>();
        foreach (var analyzer in analyzers)
        {
            var context = new AnalysisContext();
            analyzer.Initialize(context);
            registered.Add(new RegisteredAnalyzer(analyzer, [.. context.SymbolActions]));
        }

        return [.. registered];
    }
}
