using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2003: a declaration others can reference (source, actor, target, party, malware, tool,
/// vulnerability, indicator) declared in an incident that nothing references; any resolved
/// reference counts. Catalog declarations are exempt.
/// </summary>
internal sealed class UnusedDeclarationAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2003", "Declared but never referenced", "{0} '{1}' is declared but never referenced", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "A source, actor, target, party, malware, tool, vulnerability or indicator declared inside an incident that nothing references adds nothing to the briefing and may hide a forgotten claim. Reference it or remove it. Catalog declarations are exempt.",
        null, null);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterSymbolAction(
            Analyze,
            DeclarationKind.Source, DeclarationKind.Actor, DeclarationKind.Target, DeclarationKind.Party,
            DeclarationKind.Malware, DeclarationKind.Tool, DeclarationKind.Vulnerability, DeclarationKind.Indicator);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var symbol = context.Symbol;
        if (symbol.IsCatalog || !context.FindReferences(symbol).IsEmpty || context.Bound.SuggestedForUnresolved.Contains(symbol))
        {
            return;
        }

        var keyword = symbol.Definition.Keyword;
        context.Report(Descriptor, symbol.Syntax.NameOrKeywordSpan, char.ToUpperInvariant(keyword[0]) + keyword[1..], symbol.Name);
    }
}
