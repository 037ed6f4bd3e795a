using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>INC2006: a statement has a <c>quote</c> but no <c>via</c> source. Reported at the quote property.</summary>
public sealed class UnattributedQuoteAnalyzer : IncidentAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.UnattributedQuote];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Statement);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var statement = (StatementSymbol)context.Symbol;
        if (statement.GetProperty(StatementProperties.Quote) is { HasErrors: false } quote && statement.GetProperty(StatementProperties.Via) is null)
        {
            context.Report(DiagnosticDescriptors.UnattributedQuote, quote.Syntax.Span, statement.Name);
        }
    }
}
