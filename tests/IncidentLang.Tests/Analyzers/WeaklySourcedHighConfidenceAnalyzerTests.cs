namespace IncidentLang.Tests.Analyzers;

public sealed class WeaklySourcedHighConfidenceAnalyzerTests : AnalyzerTest
{
    private const string SecondSource = "  source src2 {\n    name: \"Second\"\n    kind: government\n    reliability: D\n  }\n\n  claim c1 {";

    [Fact]
    public void INC2002_high_confidence_on_one_source() =>
        AssertSingle(Edit("confidence: moderate", "confidence: [|high|]"), "INC2002",
            "Confidence 'high' rests on a single source; corroborate it or lower the confidence");

    [Fact]
    public void INC2002_integer_confidence_of_70_counts_as_high() =>
        AssertSingle(Edit("confidence: moderate", "confidence: [|70|]"), "INC2002");

    [Fact]
    public void INC2002_two_sources_none_rated_A_to_C() =>
        AssertSingle(Edit("reliability: B", "reliability: E", Edit("  claim c1 {", SecondSource, Edit("sources: [src]", "sources: [src, src2]", Edit("confidence: moderate", "confidence: [|high|]")))), "INC2002",
            "Confidence 'high' rests on no source rated A-C; add a reliable source or lower the confidence");

    [Fact]
    public void INC2002_not_reported_with_two_sources_one_rated_A_to_C() =>
        AssertClean(Edit("  claim c1 {", SecondSource, Edit("sources: [src]", "sources: [src, src2]", Edit("confidence: moderate", "confidence: high"))));

    [Fact]
    public void INC2002_not_reported_below_70() => AssertClean(Edit("confidence: moderate", "confidence: 69"));

    [Fact]
    public void INC2002_not_reported_when_the_confidence_has_an_error() =>
        AssertSingle(Edit("confidence: moderate", "confidence: [|101|]"), "INC1011");
}
