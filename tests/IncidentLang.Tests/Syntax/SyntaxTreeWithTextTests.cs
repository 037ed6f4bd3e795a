using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using IncidentLang.Tests.Reliability;
using IncidentLang.Text;

namespace IncidentLang.Tests.Syntax;

/// <summary>
/// <see cref="SyntaxTree.WithText"/> (the language server's re-parse of a document's new text) gives the tree a full parse gives, keeps
/// the text it was given, and carries the line starts over from the old text: they must be those of the new text, line breaks made or
/// broken at the edges of the change (a CR before an inserted LF, an LF after a deleted CR) included.
/// </summary>
public sealed class SyntaxTreeWithTextTests
{
    [Theory]
    [InlineData("abcdef", "abXdef", 2, 3, 2, 3)]
    [InlineData("abcdef", "abcdef", 6, 6, 6, 6)]
    [InlineData("aaaa", "aaaaa", 4, 4, 4, 5)]
    [InlineData("abc", "", 0, 3, 0, 0)]
    [InlineData("", "xyz", 0, 0, 0, 3)]
    [InlineData("abcabc", "abc", 3, 6, 3, 3)]
    [InlineData("a\r\nb", "a\rb", 2, 3, 2, 2)]
    public void The_difference_is_what_lies_between_the_common_prefix_and_suffix(string before, string after, int start, int end, int insertedStart, int insertedEnd)
    {
        var difference = TextDifference.Between(before, after);
        Assert.Equal(new TextDifference(TextSpan.FromBounds(start, end), TextSpan.FromBounds(insertedStart, insertedEnd)), difference);
        Assert.Equal(after, string.Concat(before.AsSpan(0, start), after.AsSpan(insertedStart, insertedEnd - insertedStart), before.AsSpan(end)));
    }

    [Theory]
    [InlineData(2001)]
    [InlineData(2002)]
    [InlineData(2003)]
    public void Random_new_texts_give_the_tree_and_the_line_starts_of_a_full_parse(int seed)
    {
        // The example with mixed line ends: some LF, some CRLF, some lone CR, so edits land next to every kind of line break.
        var original = File.ReadAllText(Path.Combine(TestPaths.Examples, "salt-typhoon.inc")).ReplaceLineEndings("\n");
        var lines = original.Split('\n');
        original = string.Concat(lines.Select((l, i) => l + (i == lines.Length - 1 ? string.Empty : (i % 3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" })));
        string[] insertions = ["x", "\n", "\r", "\r\n", "\n\r", " ", "}", "{", "\"", "claim", string.Empty];
        var random = new Random(seed);
        var tree = SyntaxTree.Parse(original, "mixed.inc");
        for (var i = 0; i < 300; i++)
        {
            var text = tree.Text.Text;
            var start = random.Next(text.Length + 1);
            var length = random.Next(3) == 0 ? random.Next(Math.Min(4, text.Length - start) + 1) : 0;
            var changed = string.Concat(text.AsSpan(0, start), insertions[random.Next(insertions.Length)], text.AsSpan(start + length));

            var edited = tree.WithText(changed);
            var full = SyntaxTree.Parse(SourceText.From(changed, "mixed.inc"));
            Assert.Same(changed, edited.Text.Text);
            Assert.Equal(
                Enumerable.Range(0, full.Text.LineCount).Select(full.Text.GetLineStart),
                Enumerable.Range(0, edited.Text.LineCount).Select(edited.Text.GetLineStart));
            Assert.Equal(SyntaxTreeDump.Write(full), SyntaxTreeDump.Write(edited));
            Assert.Equal(full.Diagnostics.Select(d => d.ToString()), edited.Diagnostics.Select(d => d.ToString()));

            // Keep the document mostly valid: go back to the original after an edit that broke it.
            tree = edited.Diagnostics.IsEmpty || random.Next(4) == 0 ? edited : SyntaxTree.Parse(original, "mixed.inc");
        }
    }

    [Fact]
    public void The_same_text_gives_an_equal_tree_and_an_empty_difference()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Examples, "salt-typhoon.inc"));
        var tree = SyntaxTree.Parse(text, "same.inc");
        var copy = new string(text.AsSpan());
        Assert.Equal(default, TextDifference.Between(text, copy).Span.Length);
        Assert.Equal(SyntaxTreeDump.Write(tree), SyntaxTreeDump.Write(tree.WithText(copy)));
    }
}
