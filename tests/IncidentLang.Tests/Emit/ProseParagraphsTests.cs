using IncidentLang.Emit.Html;

namespace IncidentLang.Tests.Emit;

/// <summary>
/// <see cref="Prose.Paragraphs"/> on one line (most prose, taken without splitting) and on every line end
/// <see cref="string.ReplaceLineEndings(string)"/> knows: the same paragraphs either way.
/// </summary>
public sealed class ProseParagraphsTests
{
    [Theory]
    [InlineData("One line.", "One line.")]
    [InlineData("  Padded line, tabs too.\t ", "Padded line, tabs too.")]
    [InlineData("\u00a0No-break spaces trimmed as white space.\u00a0", "No-break spaces trimmed as white space.")]
    public void One_line_is_one_trimmed_paragraph(string text, string paragraph) =>
        Assert.Equal([paragraph], Prose.Paragraphs(text));

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\f")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void Every_line_end_wraps_a_paragraph_and_two_separate_paragraphs(string end)
    {
        Assert.Equal(["First wrapped here.", "Second."], Prose.Paragraphs($"First{end}wrapped here.{end}{end}Second."));
        Assert.Equal(["Only wrapped."], Prose.Paragraphs($" Only{end} wrapped. "));
    }
}
