using System.Globalization;
using System.Text;

namespace IncidentLang.Binding;

/// <summary>
/// STIX 2.1 patterns for indicators (v2 §6): one comparison expression per indicator,
/// <c>[object-type:property = 'value']</c>. Values are refanged and valid for their kind.
/// </summary>
internal static class StixPatterns
{
    /// <summary><c>[path = 'value']</c>.</summary>
    public static string Equal(string objectPath, string value) => $"[{objectPath} = {Literal(value)}]";

    /// <summary>
    /// A STIX string literal: the value in single quotes, with <c>\</c> and <c>'</c> escaped by a
    /// backslash (STIX 2.1 Patterning, "Constants": the only escapes are <c>\'</c> and <c>\\</c>).
    /// </summary>
    public static string Literal(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            if (c is '\\' or '\'')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.Append('\'').ToString();
    }

    /// <summary>
    /// A CIDR block compares with the <c>value</c> of an <c>ipv4-addr</c> or <c>ipv6-addr</c>, which STIX
    /// allows in CIDR notation: <c>[ipv4-addr:value = '198.51.100.0/24']</c> (v2 §6). <c>ISSUBSET</c>
    /// instead of <c>=</c> would also match an observation of a single address inside the block.
    /// </summary>
    public static string Cidr(string value) => Equal(value.Contains(':', StringComparison.Ordinal) ? "ipv6-addr:value" : "ipv4-addr:value", value);

    /// <summary><c>[autonomous-system:number = 64500]</c>: an integer, without the <c>AS</c> prefix.</summary>
    public static string AutonomousSystem(string value) =>
        $"[autonomous-system:number = {IndicatorSyntax.AsNumber(value).ToString(CultureInfo.InvariantCulture)}]";
}
