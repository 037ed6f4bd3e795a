using IncidentLang.Text;
using Xunit;

namespace IncidentLang.Tests.Text;

/// <summary>
/// Lines of a <see cref="SourceText"/>: a line ends after "\n", after "\r\n" (one break) and after a lone "\r", as the lexer's
/// NEWLINE token reads them. The line starts are found with a vectorized search; these pin them against a character-by-character
/// reading on mixed and random line ends.
/// </summary>
public sealed class SourceTextLineTests
{
    [Theory]
    [InlineData("", new[] { 0 })]
    [InlineData("a", new[] { 0 })]
    [InlineData("\n", new[] { 0, 1 })]
    [InlineData("\r", new[] { 0, 1 })]
    [InlineData("\r\n", new[] { 0, 2 })]
    [InlineData("\n\r", new[] { 0, 1, 2 })]
    [InlineData("a\r\rb", new[] { 0, 2, 3 })]
    [InlineData("ab\r\ncd\ne\rf\r\n", new[] { 0, 4, 7, 9, 12 })]
    [InlineData("\r\n\r\n\n", new[] { 0, 2, 4, 5 })]
    public void Line_starts_follow_every_kind_of_line_end(string text, int[] starts)
    {
        var source = SourceText.From(text);
        Assert.Equal(starts, Enumerable.Range(0, source.LineCount).Select(source.GetLineStart));
    }

    [Fact]
    public void Line_starts_of_random_texts_match_a_reading_character_by_character()
    {
        var random = new Random(20261202);
        var alphabet = new[] { 'a', ' ', '\r', '\n', 'é', '\t' };
        for (var run = 0; run < 300; run++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var source = SourceText.From(text);
            var expected = Reference(text);
            Assert.Equal(expected, Enumerable.Range(0, source.LineCount).Select(source.GetLineStart));
            for (var position = 0; position <= text.Length; position++)
            {
                var line = expected.FindLastIndex(s => s <= position);
                Assert.Equal(line, source.GetLineIndex(position));
            }
        }
    }

    private static List<int> Reference(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\r' or '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
