using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Analyzers;

/// <summary>What a symbol callback sees: the symbol, the compilation, and a way to report.</summary>
public sealed class SymbolAnalysisContext
{
    private readonly Action<Diagnostic> _report;

    internal SymbolAnalysisContext(Symbol symbol, Compilation compilation, Action<Diagnostic> report)
    {
        Symbol = symbol;
        Compilation = compilation;
        _report = report;
    }

    public Symbol Symbol { get; }

    public Compilation Compilation { get; }

    public DateOnly Today => Compilation.Options.EffectiveToday;

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args) =>
        _report(Diagnostic.Create(descriptor, Symbol.Tree.Text, span, args));

    /// <summary>A property that is absent, or present and error-free (values with INC0xxx/INC1xxx errors are skipped by lint rules, §5).</summary>
    public static bool IsClean(BoundProperty? property) => property is null || !property.HasErrors;
}
