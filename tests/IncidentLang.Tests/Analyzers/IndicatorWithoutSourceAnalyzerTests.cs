namespace IncidentLang.Tests.Analyzers;

public sealed class IndicatorWithoutSourceAnalyzerTests : AnalyzerTest
{
    private static string WithIndicator(string name, string sources) =>
        Edit("    sources: [src]\n  }", $"    sources: [src]\n    indicators: [c2]\n  }}\n\n  indicator {name} {{\n    kind: domain\n    value: \"evil[.]example[.]com\"\n{sources}  }}");

    [Fact]
    public void INC2017_indicator_without_sources() =>
        AssertSingle(WithIndicator("[|c2|]", string.Empty), "INC2017", "Indicator 'c2' cites no source");

    [Fact]
    public void INC2017_not_reported_for_a_sourced_indicator() =>
        AssertClean(WithIndicator("c2", "    sources: [src]\n"));

    [Fact]
    public void INC2017_not_reported_when_the_sources_value_has_an_error() =>
        AssertSingle(WithIndicator("c2", "    sources: [[|nope|]]\n"), "INC1005");
}
