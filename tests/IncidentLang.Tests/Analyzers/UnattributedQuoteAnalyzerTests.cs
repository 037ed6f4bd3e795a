namespace IncidentLang.Tests.Analyzers;

public sealed class UnattributedQuoteAnalyzerTests : AnalyzerTest
{
    private static string WithStatement(string body) => Clean.TrimEnd().TrimEnd('}') + "  statement s1 {\n    by: tgt\n" + body + "  }\n}\n";

    [Fact]
    public void INC2006_quote_without_via() =>
        AssertSingle(WithStatement("    [|quote: \"We were not affected.\"|]\n"), "INC2006", "Statement 's1' quotes words but names no 'via' source");

    [Fact]
    public void INC2006_not_reported_with_via() => AssertClean(WithStatement("    via: src\n    quote: \"We were not affected.\"\n"));

    [Fact]
    public void INC2006_not_reported_for_a_paraphrase() => AssertClean(WithStatement("    text: \"It said it was not affected.\"\n"));
}
