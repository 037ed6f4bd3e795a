using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>Turns literal token text into values (docs/language.md, "Lexical rules"), reporting INC0002/0003/0006/0007 on the way.</summary>
internal static partial class LiteralDecoder
{
    public readonly record struct Result(object? Value, bool HasError);

    /// <summary>
    /// A string in typographic quotes (<c>“Breach”</c>): one INC0001 naming the quote, with the straight-quoted
    /// string as its fix; the value is the text between the quotes, and it counts as in error (nothing else follows from it).
    /// </summary>
    public static Result DecodeTypographicString(SourceText text, TextSpan span, List<Diagnostic> diagnostics)
    {
        var raw = text.ToString(span);
        var inner = raw[1..^1];
        var straight = "\"" + inner.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnexpectedCharacter, text, span, $"Typographic quote '{raw[0]}': strings use straight quotes \"…\"") with
        {
            Suggestion = straight,
            Fix = DiagnosticFix.Replace("Use straight quotes", span, straight),
        });
        return new Result(inner, true);
    }

    public static Result DecodeString(SourceText text, TextSpan span, List<Diagnostic> diagnostics, string? raw = null)
    {
        // Most strings have no escape: the value is the text between the quotes, cut once (no builder, no copy of the token).
        var source = text.Text.AsSpan(span.Start, span.Length);
        if (source.Length >= 2 && source[0] == '"' && source[^1] == '"' && !source[1..^1].ContainsAny('"', '\\'))
        {
            return new Result(text.Text.Substring(span.Start + 1, span.Length - 2), false);
        }

        raw ??= text.ToString(span);
        var builder = new StringBuilder(raw.Length);
        var hasError = false;
        var closed = false;
        var i = 1;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == '"')
            {
                closed = i == raw.Length - 1;
                break;
            }

            if (c != '\\')
            {
                builder.Append(c);
                i++;
                continue;
            }

            if (i == raw.Length - 1)
            {
                // A backslash at the end of the line: the string is unterminated (INC0002), not a bad escape.
                break;
            }

            var escapeLength = ReadEscape(raw, i, builder);
            if (escapeLength < 0)
            {
                // Invalid: report the whole escape as written and keep it literally.
                var length = -escapeLength;
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidEscape, text, new TextSpan(span.Start + i, length), raw.Substring(i, length)));
                builder.Append(raw, i, length);
                hasError = true;
                i += length;
            }
            else
            {
                i += escapeLength;
            }
        }

        if (!closed)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.Unterminated, text, span, "Unterminated string: a one-line string must end with '\"' on the same line"));
            hasError = true;
        }

        return new Result(builder.ToString(), hasError);
    }

    /// <summary>Reads one escape at <paramref name="i"/>; returns its length, or minus the length of an invalid escape.</summary>
    private static int ReadEscape(string raw, int i, StringBuilder builder)
    {
        if (i + 1 >= raw.Length)
        {
            return -1;
        }

        switch (raw[i + 1])
        {
            case '"': builder.Append('"'); return 2;
            case '\\': builder.Append('\\'); return 2;
            case 'n': builder.Append('\n'); return 2;
            case 't': builder.Append('\t'); return 2;
            case 'r': builder.Append('\r'); return 2;
            case 'u':
                if (i + 2 < raw.Length && raw[i + 2] == '{')
                {
                    var close = raw.IndexOf('}', i + 3);
                    var end = close < 0 ? i + 3 : close;
                    var hex = raw[(i + 3)..end];
                    if (close > 0 && hex.Length is >= 1 and <= 6 && hex.All(char.IsAsciiHexDigit)
                        && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var scalar)
                        && Rune.IsValid(scalar))
                    {
                        builder.Append(char.ConvertFromUtf32(scalar));
                        return close - i + 1;
                    }

                    return close > 0 ? -(close - i + 1) : -3;
                }

                return -2;
            default:
                // Report the backslash and the character after it (a surrogate pair counts as one).
                return char.IsHighSurrogate(raw[i + 1]) && i + 2 < raw.Length ? -3 : -2;
        }
    }

    public static Result DecodeTripleString(SourceText text, TextSpan span, List<Diagnostic> diagnostics)
    {
        var raw = text.ToString(span);
        var closed = raw.Length >= 6 && raw.EndsWith("\"\"\"", StringComparison.Ordinal);
        if (!closed)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.Unterminated, text, new TextSpan(span.Start, 3), "Unterminated triple-quoted string: no closing '\"\"\"' before the end of the file"));
        }

        var body = closed ? raw[3..^3] : raw[3..];
        return new Result(Dedent(body), !closed);
    }

    /// <summary>
    /// Content starts on the line after the opening quotes; the closing quotes' own line gives
    /// the indentation removed from every content line (as in C# raw string literals).
    /// </summary>
    internal static string Dedent(string body)
    {
        var lines = body.ReplaceLineEndings("\n").Split('\n');
        var first = 0;
        if (lines.Length > 1 && string.IsNullOrWhiteSpace(lines[0]))
        {
            first = 1;
        }

        var last = lines.Length - 1;
        var indent = string.Empty;
        if (lines.Length > 1 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            indent = lines[^1];
            last = lines.Length - 2;
        }

        var builder = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            var line = lines[i];
            var remove = 0;
            while (remove < indent.Length && remove < line.Length && line[remove] == indent[remove])
            {
                remove++;
            }

            if (i > first)
            {
                builder.Append('\n');
            }

            builder.Append(line, remove, line.Length - remove);
        }

        return builder.ToString();
    }

    public static Result DecodeDate(SourceText text, TextSpan span, List<Diagnostic> diagnostics, string? raw = null)
    {
        raw ??= text.ToString(span);
        if (OtherDateForms.Recognize(raw) is { } other)
        {
            // A date in another common form (21 Feb 2024, 21/02/2024): one INC0006 naming the form to use, with the exact
            // replacement when the date is unambiguous.
            var diagnostic = Diagnostic.Create(DiagnosticDescriptors.MalformedDate, text, span, other.Message);
            diagnostics.Add(other.Replacement is { } iso
                ? diagnostic with { Suggestion = iso, Fix = DiagnosticFix.Replace($"Change to {iso}", span, iso) }
                : diagnostic);
            return new Result(null, true);
        }

        var date = ParseDate(raw, out var problem);
        if (date is null)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.MalformedDate, text, span, problem));
        }

        return new Result(date, date is null);
    }

    internal static DateValue? ParseDate(string raw, out string problem)
    {
        if (ParseIsoDay(raw) is { } iso)
        {
            // The common forms YYYY-MM and YYYY-MM-DD, read without the pattern; anything else, or an impossible date, takes the pattern.
            problem = string.Empty;
            return iso;
        }

        var match = DatePattern().Match(raw);
        if (!match.Success)
        {
            problem = $"Malformed date '{raw}'; expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]Z";
            return null;
        }

        int Group(string name) => int.Parse(match.Groups[name].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var year = Group("y");
        var month = match.Groups["m"].Success ? Group("m") : 1;
        var day = match.Groups["d"].Success ? Group("d") : 1;
        problem = $"Impossible calendar date '{raw}'";
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        if (!match.Groups["d"].Success)
        {
            return new DateValue(year, month, 1, match.Groups["m"].Success ? DatePrecision.Month : DatePrecision.Year, TimeSpan.Zero, TimeSpan.Zero, raw);
        }

        if (!match.Groups["h"].Success)
        {
            return new DateValue(year, month, day, DatePrecision.Day, TimeSpan.Zero, TimeSpan.Zero, raw);
        }

        problem = $"Impossible time in '{raw}'";
        var hour = Group("h");
        var minute = Group("min");
        var second = match.Groups["s"].Success ? Group("s") : 0;
        var fraction = match.Groups["f"].Success ? double.Parse("0." + match.Groups["f"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        var offset = TimeSpan.Zero;
        var zone = match.Groups["z"].Value;
        if (zone.Length > 1)
        {
            var oh = int.Parse(zone.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            var om = int.Parse(zone.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            if (oh > 14 || om > 59)
            {
                return null;
            }

            offset = new TimeSpan(oh, om, 0) * (zone[0] == '-' ? -1 : 1);
        }

        var time = new TimeSpan(0, hour, minute, second) + TimeSpan.FromMilliseconds(Math.Round(fraction * 1000));
        var value = new DateValue(year, month, day, DatePrecision.DateTime, time, offset, raw);
        try
        {
            _ = value.FirstInstantUtc.UtcDateTime.AddYears(0);
        }
        catch (ArgumentOutOfRangeException)
        {
            problem = $"Date-time '{raw}' is out of range: in UTC it falls outside the years 0001 to 9999";
            return null;
        }

        return value;
    }

    /// <summary><c>YYYY-MM</c> or <c>YYYY-MM-DD</c> in ASCII digits that is a calendar date; null for anything else.</summary>
    private static DateValue? ParseIsoDay(string raw)
    {
        if (raw.Length is not (7 or 10) || raw[4] != '-' || (raw.Length == 10 && raw[7] != '-'))
        {
            return null;
        }

        var year = Digits(raw, 0, 4);
        var month = Digits(raw, 5, 2);
        var day = raw.Length == 10 ? Digits(raw, 8, 2) : 1;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateValue(year, month, day, raw.Length == 10 ? DatePrecision.Day : DatePrecision.Month, TimeSpan.Zero, TimeSpan.Zero, raw);
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits at <paramref name="start"/>; -1 when one is not a digit.</summary>
    private static int Digits(string raw, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(raw[i]))
            {
                return -1;
            }

            value = (value * 10) + (raw[i] - '0');
        }

        return value;
    }

    /// <summary>A 64-bit integer; <c>_</c> may group digits (<c>190_000_000</c>). Beyond 9223372036854775807: INC0007.</summary>
    public static Result DecodeInteger(SourceText text, TextSpan span, List<Diagnostic> diagnostics)
    {
        var raw = text.ToString(span);
        if (long.TryParse(raw.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return new Result(value, false);
        }

        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.IntegerOutOfRange, text, span, raw));
        return new Result(null, true);
    }

    /// <summary>A decimal number, digits '.' digits (<c>9.8</c>); as a <see cref="decimal"/>, exact.</summary>
    public static Result DecodeDecimal(SourceText text, TextSpan span, List<Diagnostic> diagnostics)
    {
        var raw = text.ToString(span);
        if (decimal.TryParse(raw.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return new Result(value, false);
        }

        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.IntegerOutOfRange, text, span, raw));
        return new Result(null, true);
    }

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2})(T(?<h>\d{2}):(?<min>\d{2})(:(?<s>\d{2})(\.(?<f>\d{1,7}))?)?(?<z>Z|[+-]\d{2}:\d{2})?)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
