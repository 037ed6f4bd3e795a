using System.Globalization;
using System.Text;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Analyzers;

/// <summary>
/// The characters of a string literal's value, each with the span of the source that spells it: a
/// character written literally is its own span, one written as an escape (<c>\u{202E}</c>, <c>\n</c>) is
/// the whole escape. So a rule about the value reports at what the author wrote, and a value keeps its
/// diagnostics whichever way it is spelt (<c>inc fmt</c> writes invisible characters as escapes).
/// Triple-quoted strings process no escapes; the delimiters are skipped.
/// </summary>
internal static class LiteralRunes
{
    public static IEnumerable<(Rune Rune, TextSpan Span)> Read(SyntaxToken token)
    {
        var text = token.Text;
        var triple = text.StartsWith("\"\"\"", StringComparison.Ordinal);
        var start = triple ? 3 : text.Length > 0 && text[0] is '"' or '“' or '”' ? 1 : 0;
        var end = text.Length;
        if (triple && end >= 6 && text.EndsWith("\"\"\"", StringComparison.Ordinal))
        {
            end -= 3;
        }
        else if (!triple && end > start && text[end - 1] is '"' or '“' or '”')
        {
            end -= 1;
        }

        for (var i = start; i < end;)
        {
            if (!triple && text[i] == '\\' && i + 1 < end)
            {
                if (TryReadUnicodeEscape(text, i, end, out var escaped, out var length))
                {
                    yield return (escaped, new TextSpan(token.Position + i, length));
                    i += length;
                    continue;
                }

                // \" \\ \n \t \r (or an invalid escape, already INC0003): not a character the rules look for.
                i += 2;
                continue;
            }

            if (Rune.DecodeFromUtf16(text.AsSpan(i, end - i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                consumed = 1;
            }

            yield return (rune, new TextSpan(token.Position + i, consumed));
            i += consumed;
        }
    }

    private static bool TryReadUnicodeEscape(string text, int i, int end, out Rune rune, out int length)
    {
        rune = default;
        length = 0;
        if (i + 2 >= end || text[i + 1] != 'u' || text[i + 2] != '{')
        {
            return false;
        }

        var close = text.IndexOf('}', i + 3, end - (i + 3));
        if (close < 0)
        {
            return false;
        }

        var hex = text[(i + 3)..close];
        if (hex.Length is < 1 or > 6 || !hex.All(char.IsAsciiHexDigit)
            || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var scalar) || !Rune.IsValid(scalar))
        {
            return false;
        }

        rune = new Rune(scalar);
        length = close - i + 1;
        return true;
    }
}
