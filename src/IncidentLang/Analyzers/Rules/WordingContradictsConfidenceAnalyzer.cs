using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2008 (info): wording in a claim's text contradicts its confidence or likelihood, using
/// exactly the phrases of docs/diagnostics.md, INC2008, whole words, case-insensitive. Certainty words contradict
/// <c>confidence: low</c> or a likelihood of <c>unlikely</c> or below; hedging words contradict
/// <c>high</c> or a likelihood of <c>very-likely</c> or above. Reported at the first such phrase.
/// </summary>
internal sealed partial class WordingContradictsConfidenceAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2008", "Wording contradicts confidence", "{0}", DiagnosticSeverity.Info, DiagnosticCategory.Analytic,
        "Certainty words (confirmed, certainly, definitely, undoubtedly, without doubt, proven, proves) contradict low confidence or a likelihood of `unlikely` or below; hedging words (possibly, perhaps, may have, might have, could have, reportedly, allegedly, unconfirmed) contradict high confidence or a likelihood of `very-likely` or above. Align the words with the judgement.",
        null, null);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Claim);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var claim = (ClaimSymbol)context.Symbol;
        var textProperty = claim.GetProperty(ClaimProperties.Text);
        if (textProperty is not { HasErrors: false, Single: { } text })
        {
            return;
        }

        var confidence = SymbolAnalysisContext.IsClean(claim.GetProperty(ClaimProperties.Confidence)) ? claim.Confidence?.Level : null;
        var likelihood = SymbolAnalysisContext.IsClean(claim.GetProperty(ClaimProperties.Likelihood)) ? claim.Likelihood : null;

        // "Unlikely or below" and "very likely or above", by the words' probability ranges.
        var lowLikelihood = likelihood is { HighPercent: <= 45 };
        var highLikelihood = likelihood is { LowPercent: >= 80 };
        var lowConfidence = confidence is { Rank: 0 };
        var highConfidence = confidence is not null && confidence.Rank == Vocabularies.ConfidenceLevels.Length - 1;

        if (lowConfidence || lowLikelihood)
        {
            Check(context, claim, text, CertaintyPattern(), lowConfidence ? $"{confidence!.Name} confidence" : $"likelihood '{likelihood!.Name}'");
        }

        if (highConfidence || highLikelihood)
        {
            Check(context, claim, text, HedgingPattern(), highConfidence ? $"{confidence!.Name} confidence" : $"likelihood '{likelihood!.Name}'");
        }
    }

    private static void Check(SymbolAnalysisContext context, ClaimSymbol claim, BoundValue text, Regex pattern, string judgement)
    {
        var match = pattern.Match((string)text.Value);
        if (!match.Success)
        {
            return;
        }

        // Point at the phrase in the source when it can be found there (it can, unless escapes split it).
        var token = ((LiteralValueSyntax)text.Syntax).Token;
        var raw = pattern.Match(token.Text);
        var span = raw.Success ? new TextSpan(token.Position + raw.Index, raw.Length) : token.Span;
        context.Report(Descriptor, span,
            $"'{match.Value}' in the text of claim '{claim.Name}' contradicts its {judgement}");
    }

    [GeneratedRegex(@"\b(?:confirmed|certainly|definitely|undoubtedly|without\s+doubt|proven|proves)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CertaintyPattern();

    [GeneratedRegex(@"\b(?:possibly|perhaps|may\s+have|might\s+have|could\s+have|reportedly|allegedly|unconfirmed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HedgingPattern();
}
