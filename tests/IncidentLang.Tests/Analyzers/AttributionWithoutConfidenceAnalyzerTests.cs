namespace IncidentLang.Tests.Analyzers;

public sealed class AttributionWithoutConfidenceAnalyzerTests : AnalyzerTest
{
    [Fact]
    public void INC2005_actors_without_confidence() =>
        AssertSingle(Edit("claim c1 {", "claim [|c1|] {", Edit("    confidence: moderate\n", string.Empty)), "INC2005", "Claim 'c1' names actors but states no confidence");

    [Fact]
    public void INC2005_likelihood_alone_is_not_enough() =>
        AssertSingle(Edit("claim c1 {", "claim [|c1|] {", Edit("    confidence: moderate\n", "    likelihood: likely\n")), "INC2005");

    [Fact]
    public void INC2005_a_misspelt_confidence_counts_as_present() =>
        AssertSingle(Edit("confidence: moderate", "confidence: [|moderat|]"), "INC1007");

    [Fact]
    public void INC2005_not_reported_without_actors() =>
        AssertClean(Edit("    actors: [act]\n    targets: [tgt]\n    confidence: moderate\n", "    targets: [tgt, act]\n".Replace("targets: [tgt, act]", "targets: [tgt]", StringComparison.Ordinal))
            .Replace("  actor act {\n    name: \"Actor\"\n    kind: criminal\n    country: RU\n  }\n\n", string.Empty, StringComparison.Ordinal));
}
