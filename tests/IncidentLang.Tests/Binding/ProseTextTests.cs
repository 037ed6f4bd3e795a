using IncidentLang.Binding;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Binding;

public sealed class ProseTextTests
{
    [Theory]
    [InlineData("one line", "one line")]
    [InlineData("a soft\nwrap", "a soft wrap")]
    [InlineData("first\nparagraph\n\nsecond\nparagraph", "first paragraph\n\nsecond paragraph")]
    [InlineData("first\n\n\n\nsecond", "first\n\nsecond")]
    [InlineData("  indented\n    more\n", "indented more")]
    [InlineData("crlf\r\nwrap\r\n\r\nnext", "crlf wrap\n\nnext")]
    public void Soft_wraps_fold_and_blank_lines_separate_paragraphs(string text, string expected) =>
        Assert.Equal(expected, ProseText.Fold(text));

    [Fact]
    public void A_triple_quoted_summary_is_bound_folded_and_a_one_line_string_as_written()
    {
        var compilation = TestCompiler.Compile(""""
            incident i {
              title: "Line one\nstays"
              reported: 2024-11-20
              summary: """
                The first paragraph
                wraps here.

                The second.
                """
            }
            """");
        var incident = Assert.Single(compilation.Bound.Incidents);
        Assert.Equal("The first paragraph wraps here.\n\nThe second.", incident.Summary);
        Assert.Equal("Line one\nstays", incident.Title);
    }
}
