using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2003: a source, actor or target declared in an incident that nothing references
/// (<c>sources actors targets by via regarding</c> all count). Catalog declarations are exempt.
/// </summary>
public sealed class UnusedDeclarationAnalyzer : IncidentAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.UnusedDeclaration];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterSymbolAction(Analyze, DeclarationKind.Source, DeclarationKind.Actor, DeclarationKind.Target);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var symbol = context.Symbol;
        if (symbol.IsCatalog || !context.Compilation.GetSemanticModel(symbol.Tree).FindReferences(symbol, includeDeclaration: false).IsEmpty)
        {
            return;
        }

        var keyword = symbol.Definition.Keyword;
        context.Report(DiagnosticDescriptors.UnusedDeclaration, symbol.Syntax.NameOrKeywordSpan, char.ToUpperInvariant(keyword[0]) + keyword[1..], symbol.Name);
    }
}
