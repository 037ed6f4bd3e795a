using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>INC2006: a statement has a <c>quote</c> but no <c>via</c> source. Reported at the quote property.</summary>
internal sealed class UnattributedQuoteAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2006", "Unattributed quote", "Statement '{0}' quotes words but names no 'via' source", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "A verbatim quote should say where it was published or heard. Add `via: source-name`.",
        "statement s { by: t-mobile quote: \"...\" }", "statement s { by: t-mobile via: reuters quote: \"...\" }");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Statement);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var statement = (StatementSymbol)context.Symbol;
        if (statement.GetProperty(StatementProperties.Quote) is { HasErrors: false } quote && statement.GetProperty(StatementProperties.Via) is null)
        {
            context.Report(Descriptor, quote.Syntax.Span, statement.Name);
        }
    }
}
