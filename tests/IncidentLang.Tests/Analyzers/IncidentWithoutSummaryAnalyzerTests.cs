namespace IncidentLang.Tests.Analyzers;

public sealed class IncidentWithoutSummaryAnalyzerTests : AnalyzerTest
{
    [Fact]
    public void INC2007_incident_without_summary() =>
        AssertSingle(Edit("incident test {", "incident [|test|] {", Edit("  summary: \"A clean incident.\"\n", string.Empty)), "INC2007", "Incident 'test' has no summary");

    [Fact]
    public void INC2007_not_reported_with_a_summary() => AssertClean(Clean);
}
