namespace IncidentLang.Tests.Analyzers;

public sealed class ClaimWithoutSourceAnalyzerTests : AnalyzerTest
{
    [Fact]
    public void INC2001_claim_without_sources() =>
        AssertSingle(Edit("claim c1 {", "claim [|c1|] {", Edit("    sources: [src]\n", "    // no sources\n", Edit("    targets: [tgt]\n", "    targets: [tgt]\n    via-note: \"x\"\n".Replace("    via-note: \"x\"\n", string.Empty, StringComparison.Ordinal))))
            .Replace("  source src {\n    name: \"Source\"\n    kind: press\n    reliability: B\n  }\n\n", string.Empty, StringComparison.Ordinal), "INC2001", "Claim 'c1' cites no source");

    [Fact]
    public void INC2001_empty_source_list_counts_as_none() =>
        AssertSingle(Edit("claim c1 {", "claim [|c1|] {", Edit("sources: [src]", "sources: []"))
            .Replace("  source src {\n    name: \"Source\"\n    kind: press\n    reliability: B\n  }\n\n", string.Empty, StringComparison.Ordinal), "INC2001");

    [Fact]
    public void INC2001_not_reported_when_the_sources_value_has_an_error() =>
        AssertSingle(Edit("sources: [src]", "sources: [src, [|nope|]]"), "INC1005");

    [Fact]
    public void INC2001_not_reported_for_a_sourced_claim() => AssertClean(Clean);
}
