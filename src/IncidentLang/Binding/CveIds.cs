using System.Text.RegularExpressions;

namespace IncidentLang.Binding;

/// <summary>The CVE ID form: <c>CVE-YYYY-NNNN…</c>, a four-digit year from 1999 and a sequence of four or more digits.</summary>
internal static partial class CveIds
{
    public static bool IsWellFormed(string text) => Pattern().IsMatch(text);

    /// <summary>Null when <paramref name="text"/> is a well-formed CVE ID, else what is wrong with it, in words.</summary>
    public static string? Problem(string text)
    {
        if (IsWellFormed(text))
        {
            return null;
        }

        if (!text.StartsWith("CVE-", StringComparison.Ordinal))
        {
            return text.StartsWith("CVE-", StringComparison.OrdinalIgnoreCase) ? "write 'CVE' in capitals" : "a CVE ID starts with 'CVE-'";
        }

        var parts = text.Split('-');
        if (parts.Length != 3)
        {
            return "a CVE ID has the form CVE-YYYY-NNNN";
        }

        if (parts[1].Length != 4 || !parts[1].All(char.IsAsciiDigit) || string.CompareOrdinal(parts[1], "1999") < 0)
        {
            return "the year must be four digits, 1999 or later";
        }

        return "the sequence number must be four or more digits";
    }

    [GeneratedRegex(@"\ACVE-(?:199[9]|2[0-9]{3})-[0-9]{4,}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
