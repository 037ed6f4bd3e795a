using System.Globalization;
using System.Text;

namespace IncidentLang.Formatting;

/// <summary>
/// Writes a string value back as a one-line literal with canonical escapes: <c>\" \\ \n \t \r</c>,
/// <c>\u{…}</c> for other control characters and for invisible bidirectional/zero-width
/// characters (so a reviewer can see them), everything else literally. The value is unchanged.
/// </summary>
internal static class StringLiteralFormatter
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    if (Rune.IsControl(rune) || IsInvisible(rune.Value))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{{{rune.Value:X}}}");
                    }
                    else
                    {
                        builder.Append(rune.ToString());
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsInvisible(int c) =>
        c is 0x200B or 0x200C or 0x200D or 0x200E or 0x200F or 0xFEFF or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);
}
