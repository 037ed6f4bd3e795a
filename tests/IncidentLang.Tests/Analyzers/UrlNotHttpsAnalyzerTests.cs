namespace IncidentLang.Tests.Analyzers;

public sealed class UrlNotHttpsAnalyzerTests : AnalyzerTest
{
    [Fact]
    public void INC2009_http_url() =>
        AssertSingle(Edit("reliability: B", "reliability: B\n    url: [|\"http://example.org/report\"|]"), "INC2009", "URL 'http://example.org/report' does not use https");

    [Fact]
    public void INC2009_not_reported_for_https() => AssertClean(Edit("reliability: B", "reliability: B\n    url: \"https://example.org/report\""));

    [Fact]
    public void INC2009_an_invalid_url_gets_INC1010_only() =>
        AssertSingle(Edit("reliability: B", "reliability: B\n    url: [|\"javascript:alert(1)\"|]"), "INC1010");
}
