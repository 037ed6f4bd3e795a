using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>INC2001: a claim cites no source. Reported at the claim's name.</summary>
internal sealed class ClaimWithoutSourceAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2001", "Claim cites no source", "Claim '{0}' cites no source", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "Every assertion in a report should be traceable to where it came from. Add `sources: [...]`.",
        "claim c1 { text: \"...\" }", "claim c1 { text: \"...\" sources: [wsj] }");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Claim);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var claim = (ClaimSymbol)context.Symbol;
        var sources = claim.GetProperty(ClaimProperties.Sources);
        if (sources is null || (!sources.HasErrors && sources.Values.IsEmpty))
        {
            context.Report(Descriptor, claim.Syntax.NameOrKeywordSpan, claim.Name);
        }
    }
}
