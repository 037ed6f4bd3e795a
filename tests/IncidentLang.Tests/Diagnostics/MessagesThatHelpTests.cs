using IncidentLang.Diagnostics;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Diagnostics;

/// <summary>
/// One mistake, one message, one fix (docs/language.md, "Checking files"): the recoveries of the lexer and the
/// "messages that help" of the binder, with exact messages and the fixes they carry.
/// </summary>
public sealed class MessagesThatHelpTests
{
    /// <summary>Four ordinary mistakes of a first hour (issue 10): five diagnostics, each with a fix.</summary>
    private const string FirstHour = """
        incident test-case {
          title: “Smart quotes pasted from Word”
          reported: 21 Feb 2024
          summary: "x"
          tlp: amber+strict
          source wsj { name: "WSJ" kind: press }
          claim c1 { text: "Something happened." confidence: medium sources: [wsj-report] }
        }
        """;

    private static string ApplyAll(string text, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var change in diagnostics.Select(d => d.Fix).OfType<DiagnosticFix>().SelectMany(f => f.Changes).OrderByDescending(c => c.Span.Start))
        {
            text = text[..change.Span.Start] + change.NewText + text[change.Span.End..];
        }

        return text;
    }

    [Fact]
    public void The_first_hour_file_gives_five_diagnostics_each_with_a_fix_and_fixing_them_leaves_none()
    {
        var diagnostics = TestCompiler.Diagnose(FirstHour);
        Assert.Equal(
            [
                "INC0001 Typographic quote '“': strings use straight quotes \"…\"",
                "INC0006 Dates are written YYYY-MM-DD: 2024-02-21",
                "INC1007 'amber+strict' is not a valid value for 'tlp'. Did you mean 'amber-strict'?",
                "INC1007 'medium' is not a valid value for 'confidence'. Did you mean 'moderate'?",
                "INC1005 Undefined reference 'wsj-report'. Did you mean 'wsj'?",
            ],
            diagnostics.Select(d => d.Id + " " + d.Message));
        Assert.All(diagnostics, d => Assert.NotNull(d.Fix));

        var fixedText = ApplyAll(FirstHour, diagnostics);
        Assert.Contains("title: \"Smart quotes pasted from Word\"", fixedText, StringComparison.Ordinal);
        Assert.Contains("reported: 2024-02-21", fixedText, StringComparison.Ordinal);
        Assert.Contains("tlp: amber-strict", fixedText, StringComparison.Ordinal);
        Assert.Contains("confidence: moderate sources: [wsj]", fixedText, StringComparison.Ordinal);
        Assert.Empty(TestCompiler.Diagnose(fixedText));
    }

    [Theory]
    [InlineData("TLP:AMBER", "amber")]
    [InlineData("AMBER", "amber")]
    [InlineData("TLP:AMBER+STRICT", "amber-strict")]
    [InlineData("white", "clear")]
    [InlineData("TLP:CLEAR", "clear")]
    public void TLP_written_as_on_a_banner_is_one_INC1007_with_the_level(string written, string level)
    {
        var diagnostics = TestCompiler.Diagnose(Incident($"tlp: {written}"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal($"'{written}' is not a valid value for 'tlp'. Did you mean '{level}'?", diagnostic.Message);
        Assert.Equal(level, diagnostic.Fix!.Changes[0].NewText);
    }

    [Theory]
    [InlineData("Feb 21, 2024", "Dates are written YYYY-MM-DD: 2024-02-21")]
    [InlineData("21 February 2024", "Dates are written YYYY-MM-DD: 2024-02-21")]
    [InlineData("2024/02/21", "Dates are written YYYY-MM-DD: 2024-02-21")]
    [InlineData("21/02/2024", "Dates are written YYYY-MM-DD: 2024-02-21")]
    [InlineData("21.02.2024", "Dates are written YYYY-MM-DD: 2024-02-21")]
    [InlineData("02/21/2024", "Dates are written YYYY-MM-DD: 2024-02-21")]
    [InlineData("03/02/2024", "Dates are written YYYY-MM-DD; '03/02/2024' could be 2024-02-03 or 2024-03-02")]
    [InlineData("31 Feb 2024", "Dates are written YYYY-MM-DD; '31 Feb 2024' is not a date in the calendar")]
    public void A_date_in_another_form_is_one_INC0006_naming_the_form(string written, string message)
    {
        var diagnostic = Assert.Single(TestCompiler.Diagnose(Incident($"reported: {written}", reported: false)));
        Assert.Equal("INC0006", diagnostic.Id);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(message.Contains(':', StringComparison.Ordinal) && !message.Contains(';', StringComparison.Ordinal), diagnostic.Fix is not null);
    }

    [Fact]
    public void A_quoted_name_says_so_and_the_fix_removes_the_quotes()
    {
        var diagnostic = Assert.Single(TestCompiler.Diagnose(Incident("status: \"confirmed\"")));
        Assert.Equal("'status' expects one of developing, confirmed, disputed, resolved, but the value is a string; write it without quotes: confirmed", diagnostic.Message);
        Assert.Equal("confirmed", diagnostic.Fix!.Changes[0].NewText);
    }

    [Fact]
    public void A_boolean_property_names_true_and_false() =>
        Assert.Equal("'key' expects true or false, but the value is a name",
            Assert.Single(TestCompiler.Diagnose(Incident(claim: "key: yes"))).Message);

    [Fact]
    public void An_unknown_property_with_no_near_match_lists_what_the_declaration_accepts() =>
        Assert.Equal("Unknown property 'colour' for an event; an event accepts date, text, sources, end",
            Assert.Single(TestCompiler.Diagnose(Incident(extra: "event { date: 2024-02-20 text: \"E.\" colour: blue }"))).Message);

    [Fact]
    public void A_reference_sharing_one_word_with_a_declaration_suggests_it_and_that_declaration_is_not_unused()
    {
        var diagnostics = TestCompiler.Diagnose(Incident(claim: "", sources: "src, progress-advisory", extra: "source progress-2023-05-31 { name: \"Progress\" kind: vendor reliability: B }"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Undefined reference 'progress-advisory'. Did you mean 'progress-2023-05-31'?", diagnostic.Message);
    }

    [Fact]
    public void Typographic_single_quotes_with_an_apostrophe_inside_read_as_one_string() =>
        Assert.Equal("Typographic quote '‘': strings use straight quotes \"…\"",
            Assert.Single(TestCompiler.Diagnose(Incident(claim: "", text: "‘T-Mobile’s network was accessed’"))).Message);

    private static string Incident(string property = "", bool reported = true, string claim = "", string sources = "src", string extra = "", string text = "\"Something happened.\"") => $$"""
        incident i {
          title: "Title"
          {{(reported ? "reported: 2024-02-21" : string.Empty)}}
          summary: "Summary."
          {{property}}
          source src { name: "Source" kind: press reliability: B }
          claim c1 { text: {{text}} confidence: moderate sources: [{{sources}}] {{claim}} }
          {{extra}}
        }
        """;
}
