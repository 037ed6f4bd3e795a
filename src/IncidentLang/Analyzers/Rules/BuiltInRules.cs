using System.Collections.Immutable;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// The built-in analytic rules, registered here and nowhere else: a rule's file declares its ID,
/// descriptor and default level; the compilation runs these rules and <see cref="DiagnosticCatalog"/>
/// lists their <see cref="IncidentAnalyzer.SupportedDiagnostics"/>.
/// </summary>
internal static class BuiltInRules
{
    public static ImmutableArray<IncidentAnalyzer> All { get; } =
    [
        new ClaimWithoutSourceAnalyzer(),
        new WeaklySourcedHighConfidenceAnalyzer(),
        new UnusedDeclarationAnalyzer(),
        new DateAfterReportedAnalyzer(),
        new AttributionWithoutConfidenceAnalyzer(),
        new UnattributedQuoteAnalyzer(),
        new IncidentWithoutSummaryAnalyzer(),
        new WordingContradictsConfidenceAnalyzer(),
        new UrlNotHttpsAnalyzer(),
        new DuplicateSourceUrlAnalyzer(),
        new RevokedAttackIdAnalyzer(),
        new LiveIndicatorInProseAnalyzer(),
        new KnownAttackGroupAnalyzer(),
        new KeyJudgementWithoutConfidenceAnalyzer(),
        new ChangeWithoutRevisionAnalyzer(),
        new IndicatorWithoutSourceAnalyzer(),
        new MixedScriptNameAnalyzer(),
        new InvisibleCharacterAnalyzer(),
        new DuplicateListItemAnalyzer(),
    ];
}
