using System.Text;
using IncidentLang.Text;

namespace IncidentLang.Tests.Syntax;

/// <summary>
/// <see cref="SourceText.FromBytes"/> decodes valid UTF-8 in one call and anything else sequence by
/// sequence; both give the same text, and only invalid input has replacement spans (INC0008).
/// </summary>
public sealed class SourceTextDecodingTests
{
    [Theory]
    [InlineData("incident x { title: \"Ünïcödé – “quotes” 😀 中文\" }\r\n")]
    [InlineData("")]
    [InlineData("a byte order mark \uFEFF inside the text stays")]
    public void Valid_UTF8_decodes_to_the_same_text_with_or_without_a_BOM(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(text, SourceText.FromBytes(bytes).Text);
        Assert.Empty(SourceText.FromBytes(bytes).InvalidUtf8Spans);
        Assert.Equal(text, SourceText.FromBytes([0xEF, 0xBB, 0xBF, .. bytes]).Text);
    }

    [Fact]
    public void Invalid_sequences_become_U_FFFD_with_their_spans()
    {
        byte[] bytes = [(byte)'a', 0xFF, (byte)'b', 0xED, 0xA0, 0x80, 0xC3, 0xA9];
        var text = SourceText.FromBytes(bytes);
        Assert.Equal("a\uFFFDb\uFFFD\uFFFD\uFFFDé", text.Text);
        Assert.Equal([new TextSpan(1, 1), new TextSpan(3, 1), new TextSpan(4, 1), new TextSpan(5, 1)], text.InvalidUtf8Spans.ToArray());
    }
}
