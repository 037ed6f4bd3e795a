using IncidentLang.Binding;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers;

/// <summary>Where an analyzer registers its callbacks.</summary>
internal sealed class AnalysisContext
{
    internal List<(DeclarationKind Kind, Action<SymbolAnalysisContext> Action)> SymbolActions { get; } = [];

    /// <summary>Runs <paramref name="action"/> for every bound symbol of the given kinds that has no declaration error.</summary>
    public void RegisterSymbolAction(Action<SymbolAnalysisContext> action, params DeclarationKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            SymbolActions.Add((kind, action));
        }
    }
}
