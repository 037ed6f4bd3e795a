using IncidentLang.Syntax;
using IncidentLang.Text;
using Xunit;

namespace IncidentLang.Tests.Syntax;

/// <summary>
/// A line longer than <see cref="SyntaxLimits.MaxLineLength"/> sends the file to the ANTLR path, which reports INC0010; the parser
/// finds such a line by scanning for line breaks, without the text's line starts. Each line end (LF, CRLF, CR) and each place of
/// the long line (first, middle, last, with and without a final break) is checked against the lines as SourceText gives them.
/// </summary>
public sealed class LineLimitTests
{
    public static TheoryData<string, int, int> Cases()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var lineEnd in new[] { "\n", "\r\n", "\r" })
        {
            foreach (var extra in new[] { 0, 1 })
            {
                foreach (var place in new[] { 0, 1, 2 })
                {
                    data.Add(lineEnd, extra, place);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_line_over_the_limit_is_reported_wherever_it_is(string lineEnd, int extra, int place)
    {
        // A comment line of exactly the limit, or one character more, as the first line, a middle line or the last line (no break after it).
        var comment = "//" + new string('x', SyntaxLimits.MaxLineLength - 2 + extra);
        string[] lines = ["incident x {", "  title: \"t\"", "}"];
        var text = place switch
        {
            0 => comment + lineEnd + string.Join(lineEnd, lines) + lineEnd,
            1 => lines[0] + lineEnd + comment + lineEnd + lines[1] + lineEnd + lines[2] + lineEnd,
            _ => string.Join(lineEnd, lines) + lineEnd + comment,
        };

        var source = SourceText.From(text);
        var longest = Enumerable.Range(0, source.LineCount).Max(l => source.GetLineSpan(l).Length);
        Assert.Equal(SyntaxLimits.MaxLineLength + extra, longest);

        var reported = SyntaxTree.Parse(source).Diagnostics.Any(d => d.Id == "INC0010");
        Assert.Equal(extra == 1, reported);
    }
}
