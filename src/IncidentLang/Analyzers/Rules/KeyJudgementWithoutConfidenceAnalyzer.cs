using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2015: a claim marked <c>key: true</c> states neither <c>confidence</c> nor <c>likelihood</c>. For such a
/// claim it replaces INC2005; claims that are key only by the v1 default are left to INC2005. Reported at the
/// claim's name.
/// </summary>
internal sealed class KeyJudgementWithoutConfidenceAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2015", "Key judgement without confidence or likelihood", "Key judgement '{0}' states neither confidence nor likelihood", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "A key judgement is what a reader acts on. ICD 203 asks for it to say how sure the analyst is (`confidence`) or how probable the judged event is (`likelihood`), or both.",
        "claim kj1 { key: true text: \"...\" }", "claim kj1 { key: true confidence: moderate likelihood: likely text: \"...\" }");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Claim);

    /// <summary>Marked key (a <c>key</c> with an error counts as given: docs/language.md, "Checking files") and neither confidence nor likelihood given.</summary>
    internal static bool Applies(ClaimSymbol claim) =>
        claim.GetProperty(ClaimProperties.Key) is { } key && (key.HasErrors || claim.IsMarkedKey)
        && claim.GetProperty(ClaimProperties.Confidence) is null && claim.GetProperty(ClaimProperties.Likelihood) is null;

    private static void Analyze(SymbolAnalysisContext context)
    {
        var claim = (ClaimSymbol)context.Symbol;
        if (claim.GetProperty(ClaimProperties.Key) is { HasErrors: false } && Applies(claim))
        {
            context.Report(Descriptor, claim.Syntax.NameOrKeywordSpan, claim.Name);
        }
    }
}
