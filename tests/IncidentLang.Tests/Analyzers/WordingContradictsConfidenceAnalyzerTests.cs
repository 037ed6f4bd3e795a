namespace IncidentLang.Tests.Analyzers;

public sealed class WordingContradictsConfidenceAnalyzerTests : AnalyzerTest
{
    [Theory]
    [InlineData("confirmed")]
    [InlineData("Certainly")]
    [InlineData("without  doubt")]
    [InlineData("PROVES")]
    public void INC2008_certainty_words_with_low_confidence(string phrase) =>
        AssertSingle(Edit("confidence: moderate", "confidence: low", Edit("\"The actor accessed the target.\"", $"\"The actor [|{phrase}|] accessed the target.\"")), "INC2008");

    [Theory]
    [InlineData("possibly")]
    [InlineData("may have")]
    [InlineData("Allegedly")]
    public void INC2008_hedging_words_with_a_high_likelihood(string phrase) =>
        AssertSingle(Edit("confidence: moderate", "confidence: moderate\n    likelihood: very-likely", Edit("\"The actor accessed the target.\"", $"\"The actor [|{phrase}|] accessed the target.\"")), "INC2008",
            $"'{phrase}' in the text of claim 'c1' contradicts its likelihood 'very-likely'");

    [Theory]
    [InlineData("unconfirmedly", "low")] // not a whole word
    [InlineData("confirmed", "moderate")] // moderate contradicts nothing
    [InlineData("reportedly", "low")] // hedging fits low confidence
    [InlineData("maybe have", "high")] // not the phrase
    public void INC2008_not_reported(string phrase, string confidence) =>
        Assert.DoesNotContain(IncidentLang.Tests.Infrastructure.TestCompiler.Diagnose(
            Edit("confidence: moderate", $"confidence: {confidence}", Edit("\"The actor accessed the target.\"", $"\"The actor {phrase} accessed the target.\""))), d => d.Id == "INC2008");

    [Fact]
    public void INC2008_is_an_info() =>
        Assert.Equal(IncidentLang.Diagnostics.DiagnosticSeverity.Info,
            AssertSingle(Edit("confidence: moderate", "confidence: low", Edit("\"The actor accessed the target.\"", "\"The actor [|definitely|] accessed the target.\"")), "INC2008").Severity);
}
