using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Analyzers;

/// <summary>
/// What a symbol callback sees: the symbol, the bound compilation, "today", where a symbol is
/// referenced, and a way to report. (Not the <see cref="Compilation"/>: analyzers run inside it.)
/// </summary>
/// <remarks>
/// A struct, as Roslyn's is: a large report gives every rule one context per symbol (30,000 for the 2,000-claim file), and
/// as objects they were 1.5 % of a check's CPU, with the pages they filled.
/// </remarks>
internal readonly struct SymbolAnalysisContext
{
    private readonly List<Diagnostic> _report;

    internal SymbolAnalysisContext(Symbol symbol, BoundCompilation bound, DateOnly today, List<Diagnostic> report)
    {
        Symbol = symbol;
        Bound = bound;
        Today = today;
        _report = report;
    }

    public Symbol Symbol { get; }

    public BoundCompilation Bound { get; }

    /// <summary>"Today" for date checks: <see cref="CompilationOptions.Today"/>, or the current UTC date.</summary>
    public DateOnly Today { get; }

    /// <summary>
    /// Every place <paramref name="symbol"/> is referenced, in every tree of the compilation, from the
    /// binder's index: the answer <see cref="SemanticModel.FindReferences"/> gives without the declaration.
    /// </summary>
    public ImmutableArray<Location> FindReferences(Symbol symbol) => Bound.GetReferences(symbol);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args) =>
        _report.Add(Diagnostic.Create(descriptor, Symbol.Tree.Text, span, args));

    /// <summary>Reports a diagnostic that carries a safe fix.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, DiagnosticFix? fix, params object?[] args) =>
        _report.Add(Diagnostic.Create(descriptor, Symbol.Tree.Text, span, args) with { Fix = fix });

    /// <summary>A property that is absent, or present and error-free (values with INC0xxx/INC1xxx errors are skipped by lint rules: docs/language.md, "Checking files").</summary>
    public static bool IsClean(BoundProperty? property) => property is null || !property.HasErrors;
}
