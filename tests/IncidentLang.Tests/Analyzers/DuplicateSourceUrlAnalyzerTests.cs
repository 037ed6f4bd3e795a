namespace IncidentLang.Tests.Analyzers;

public sealed class DuplicateSourceUrlAnalyzerTests : AnalyzerTest
{
    private static string TwoSources(string secondUrl) =>
        Edit("sources: [src]", "sources: [src, src2]", Edit("reliability: B", "reliability: B\n    url: \"https://example.org/a\"",
            Edit("  actor act {", $"  source src2 {{\n    name: \"Copy\"\n    kind: press\n    url: {secondUrl}\n  }}\n\n  actor act {{")));

    [Fact]
    public void INC2010_the_later_source_is_reported() =>
        AssertSingle(TwoSources("[|\"https://example.org/a/\"|]"), "INC2010", "Source 'src2' has the same URL as source 'src'");

    [Fact]
    public void INC2010_not_reported_for_different_urls() => AssertClean(TwoSources("\"https://example.org/b\""));
}
