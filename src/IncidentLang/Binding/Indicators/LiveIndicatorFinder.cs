using System.Collections.Immutable;
using System.Text;

namespace IncidentLang.Binding;

/// <summary>
/// INC2013 (v2 §5): where a declared indicator's refanged value appears live in prose, as a whole token
/// — not directly preceded or followed by a letter, digit, <c>-</c>, <c>_</c>, <c>/</c>, <c>@</c>, or a
/// <c>.</c> that is followed by a letter or digit. So <c>198.51.100.7.</c> at the end of a sentence
/// matches and <c>198.51.100.70</c> does not; <c>example.com</c> is not found in
/// <c>www.example.com</c>, <c>user@example.com</c> or <c>https://example.com</c> (each of those is its own
/// token, flagged when it is itself declared). Letters and digits are Unicode ones.
/// </summary>
internal static class LiveIndicatorFinder
{
    /// <summary>
    /// The offsets in <paramref name="prose"/> where <paramref name="refangedValue"/> occurs as a whole
    /// token, in increasing order, compared the way its kind says
    /// (<see cref="IndicatorKind.ProseComparison"/>): domains, email addresses and IPv6 addresses
    /// ignoring case (DNS names and hex digits have no case), URLs and IPv4 addresses exactly.
    /// </summary>
    public static ImmutableArray<int> Find(string prose, IndicatorKind kind, string refangedValue) => Find(prose, refangedValue, kind.ProseComparison);

    /// <summary>
    /// The offsets in <paramref name="prose"/> where <paramref name="refangedValue"/> occurs as a whole
    /// token, in increasing order (every occurrence has the value's length).
    /// </summary>
    public static ImmutableArray<int> Find(string prose, string refangedValue, StringComparison comparison = StringComparison.Ordinal)
    {
        if (refangedValue.Length == 0)
        {
            return [];
        }

        var found = ImmutableArray.CreateBuilder<int>();
        for (var at = prose.IndexOf(refangedValue, comparison); at >= 0; at = prose.IndexOf(refangedValue, at + 1, comparison))
        {
            if (IsWholeToken(prose, at, refangedValue.Length))
            {
                found.Add(at);
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Whether <c>prose[start..(start + length)]</c> stands alone by the INC2013 rule.</summary>
    public static bool IsWholeToken(string prose, int start, int length)
    {
        var end = start + length;
        if (start > 0 && Rune.DecodeLastFromUtf16(prose.AsSpan(0, start), out var before, out _) == System.Buffers.OperationStatus.Done)
        {
            // A '.' before the value is followed by the value's first character.
            if (Joins(before) || (before.Value == '.' && StartsWithLetterOrDigit(prose.AsSpan(start))))
            {
                return false;
            }
        }

        if (end < prose.Length && Rune.DecodeFromUtf16(prose.AsSpan(end), out var after, out var width) == System.Buffers.OperationStatus.Done)
        {
            if (Joins(after) || (after.Value == '.' && StartsWithLetterOrDigit(prose.AsSpan(end + width))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Joins(Rune rune) => Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '_' or '/' or '@';

    private static bool StartsWithLetterOrDigit(ReadOnlySpan<char> text) =>
        Rune.DecodeFromUtf16(text, out var rune, out _) == System.Buffers.OperationStatus.Done && Rune.IsLetterOrDigit(rune);
}
