namespace IncidentLang.Binding;

/// <summary>
/// CVE IDs (v2 §4 <c>vulnerability.cve</c>, INC1018): <c>CVE-YYYY-NNNN…</c> — <c>CVE</c> in capitals,
/// a four-digit year from 1999 (the first year of the CVE list), and a sequence number of 4 to 19
/// digits, as the CVE JSON 5 schema's pattern <c>^CVE-[0-9]{4}-[0-9]{4,19}$</c> allows, zero-padded to
/// four digits only (CVE ID syntax since 2014: a longer number never starts with 0). No upper bound on
/// the year: the check does not depend on today's date.
/// </summary>
internal static class CveId
{
    public const int FirstYear = 1999;
    private const string Form = "CVE-YYYY-NNNN";

    public static bool IsValid(string id) => Check(id) is null;

    /// <summary>Null when valid, else the whole INC1018 message: "'CVE-23-1234' is not a CVE ID: …".</summary>
    public static string? Validate(string id) => Check(id) is { } reason ? $"'{id}' is not a CVE ID: {reason}" : null;

    /// <summary>Null when valid, else why not.</summary>
    public static string? Check(string id)
    {
        if (!id.StartsWith("CVE-", StringComparison.OrdinalIgnoreCase))
        {
            return $"it does not start with CVE- ({Form})";
        }

        var parts = id[4..].Split('-');
        if (parts.Length != 2)
        {
            return $"it is not {Form}: a year and a number after CVE-, separated by '-'";
        }

        var (year, number) = (parts[0], parts[1]);
        if (year.Length != 4 || !year.All(char.IsAsciiDigit))
        {
            return $"the year '{year}' is not four digits ({Form})";
        }

        if (int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) < FirstYear)
        {
            return $"the year {year} is before {FirstYear}, the first year of CVE IDs";
        }

        if (number.Length == 0 || !number.All(char.IsAsciiDigit))
        {
            return $"the number '{number}' is not digits only ({Form})";
        }

        if (number.Length < 4)
        {
            return $"the number {number} has {number.Length} {(number.Length == 1 ? "digit" : "digits")}; it is zero-padded to four: {Canonical(year, number.PadLeft(4, '0'))}";
        }

        if (number.Length > 19)
        {
            return $"the number has {number.Length} digits; the most is 19";
        }

        if (number.Length > 4 && number[0] == '0')
        {
            return $"the number {number} has a leading zero; only numbers below 1000 are padded, to four digits: {Canonical(year, number.TrimStart('0').PadLeft(4, '0'))}";
        }

        return id.StartsWith("CVE-", StringComparison.Ordinal) ? null : $"CVE is written in capitals: {Canonical(year, number)}";

        static string Canonical(string year, string number) => $"CVE-{year}-{number}";
    }
}
