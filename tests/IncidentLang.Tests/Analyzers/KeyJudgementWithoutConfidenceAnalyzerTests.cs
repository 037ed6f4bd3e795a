namespace IncidentLang.Tests.Analyzers;

public sealed class KeyJudgementWithoutConfidenceAnalyzerTests : AnalyzerTest
{
    private static string Key(string marked) => Edit("claim c1 {", $"claim {marked} {{", Edit("    confidence: moderate\n", "    key: true\n"));

    [Fact]
    public void INC2015_key_judgement_without_confidence_or_likelihood_replaces_INC2005() =>
        AssertSingle(Key("[|c1|]"), "INC2015", "Key judgement 'c1' states neither confidence nor likelihood");

    [Fact]
    public void INC2015_a_likelihood_is_enough_for_a_key_judgement_but_INC2005_still_wants_confidence_for_attribution() =>
        AssertSingle(Edit("    key: true\n", "    key: true\n    likelihood: likely\n", Key("[|c1|]")), "INC2005");

    [Fact]
    public void INC2015_not_reported_for_a_claim_key_only_by_default() =>
        AssertSingle(Edit("claim c1 {", "claim [|c1|] {", Edit("    confidence: moderate\n", string.Empty)), "INC2005");

    [Fact]
    public void INC2015_not_reported_when_key_has_an_error() =>
        AssertSingle(Edit("    key: true\n", "    key: [|yes|]\n", Key("c1")), "INC1008");

    [Fact]
    public void INC2015_not_reported_with_confidence() =>
        AssertClean(Edit("    confidence: moderate\n", "    key: true\n    confidence: moderate\n"));
}
