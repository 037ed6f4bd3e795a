using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IncidentLang.Binding;

/// <summary>
/// The syntax of each indicator kind (docs/indicators.md). Every check takes a refanged value and
/// returns null when it is valid, else the reason it is not, phrased to end the INC1022 message
/// "'value' is not an IPv4 address: …".
/// </summary>
internal static class IndicatorSyntax
{
    public const int Md5Length = 32;
    public const int Sha1Length = 40;
    public const int Sha256Length = 64;

    private const int MaxLabelLength = 63;
    private const int MaxDomainLength = 253;
    private const int MaxLocalPartLength = 64;
    private const int MaxEmailLength = 254;
    private const int MaxFileNameLength = 255;
    private const uint MaxAsNumber = uint.MaxValue;

    // ---------------------------------------------------------------- IPv4

    /// <summary>ipv4: the address alone, with hints when it carries a prefix, a port, or is IPv6.</summary>
    public static string? CheckIpv4(string value)
    {
        if (Blank(value) is { } blank)
        {
            return blank;
        }

        var slash = value.IndexOf('/');
        if (slash > 0 && Ipv4Address(value[..slash]) is null && IsDigits(value[(slash + 1)..]))
        {
            return $"it has a prefix length ({value[slash..]}); a block of addresses is kind {IndicatorKinds.Cidr.Name}";
        }

        var colon = value.LastIndexOf(':');
        if (colon > 0 && Ipv4Address(value[..colon]) is null && IsDigits(value[(colon + 1)..]))
        {
            return $"it has a port ({value[colon..]}); the indicator is the address alone";
        }

        if (colon >= 0 && Ipv6Address(value) is null)
        {
            return $"it is an IPv6 address; use kind {IndicatorKinds.Ipv6.Name}";
        }

        return Ipv4Address(value);
    }

    /// <summary>
    /// A dotted quad: four decimal numbers 0–255 without leading zeros (<c>010</c> is octal 8 to
    /// inet_aton and decimal 10 to others, so it is refused rather than guessed).
    /// </summary>
    internal static string? Ipv4Address(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return $"the character '{c}' is not allowed (an IPv4 address is four decimal numbers separated by dots)";
            }
        }

        if (DotProblem(value) is { } dots)
        {
            return dots;
        }

        var parts = value.Split('.');
        if (parts.Length != 4)
        {
            return parts.Length == 1
                ? "it is a single number; an IPv4 address is four, separated by dots"
                : $"it has {parts.Length} numbers separated by dots; an IPv4 address has 4";
        }

        foreach (var part in parts)
        {
            if (part.Length > 1 && part[0] == '0')
            {
                return $"{part} has a leading zero, which some software reads as octal";
            }

            if (part.Length > 3 || int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture) > 255)
            {
                return $"{part} is above 255";
            }
        }

        return null;
    }

    // ---------------------------------------------------------------- IPv6

    /// <summary>ipv6: the RFC 4291 text form, without brackets, zone index or port.</summary>
    public static string? CheckIpv6(string value)
    {
        if (Blank(value) is { } blank)
        {
            return blank;
        }

        if (!value.Contains(':', StringComparison.Ordinal) && Ipv4Address(value) is null)
        {
            return $"it is an IPv4 address; use kind {IndicatorKinds.Ipv4.Name}";
        }

        var slash = value.IndexOf('/');
        if (slash > 0 && Ipv6Address(value[..slash]) is null)
        {
            return $"it has a prefix length ({value[slash..]}); a block of addresses is kind {IndicatorKinds.Cidr.Name}";
        }

        return Ipv6Address(value);
    }

    internal static string? Ipv6Address(string value)
    {
        if (value.StartsWith('['))
        {
            return "it is in brackets, which only a URL needs; write the address alone";
        }

        var percent = value.IndexOf('%');
        if (percent >= 0)
        {
            return $"it has a zone index ({value[percent..]}), which only means something on one host";
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigit(c) && c is not ':' and not '.')
            {
                return $"the character '{c}' is not allowed (an IPv6 address is groups of hex digits separated by colons)";
            }
        }

        if (!value.Contains(':', StringComparison.Ordinal))
        {
            return "it has no colons (an IPv6 address is groups of hex digits separated by colons)";
        }

        if (value.Contains(":::", StringComparison.Ordinal))
        {
            return "it has three colons in a row";
        }

        var gap = value.IndexOf("::", StringComparison.Ordinal);
        if (gap >= 0 && value.IndexOf("::", gap + 2, StringComparison.Ordinal) >= 0)
        {
            return "'::' appears more than once (it may stand for one run of zero groups only)";
        }

        if (gap != 0 && value.StartsWith(':'))
        {
            return "it starts with a single colon";
        }

        if (gap != value.Length - 2 && value.EndsWith(':'))
        {
            return "it ends with a single colon";
        }

        var groups = gap < 0
            ? value.Split(':')
            : [.. Groups(value[..gap]), .. Groups(value[(gap + 2)..])];
        var count = 0;
        for (var i = 0; i < groups.Length; i++)
        {
            var group = groups[i];
            if (group.Contains('.', StringComparison.Ordinal))
            {
                if (i != groups.Length - 1 || (gap >= 0 && gap == value.Length - 2))
                {
                    return $"the IPv4 part {group} may only end the address";
                }

                if (Ipv4Address(group) is { } ipv4)
                {
                    return $"in its IPv4 part {group}, {ipv4}";
                }

                count += 2;
                continue;
            }

            if (group.Length == 0)
            {
                return "it has an empty group (two colons in a row stand for zeros once, as '::')";
            }

            if (group.Length > 4)
            {
                return $"the group {group} has {group.Length} hex digits; the most is 4";
            }

            count++;
        }

        if (gap < 0 && count != 8)
        {
            return $"it has {count} groups; an IPv6 address has 8, or fewer with '::' standing for zeros";
        }

        if (gap >= 0 && count > 7)
        {
            return $"it has {count} groups besides '::'; the most is 7";
        }

        // The syntax above is RFC 4291 §2.2; the framework must agree before the value is used elsewhere.
        return IPAddress.TryParse(value, out var parsed) && parsed.AddressFamily == AddressFamily.InterNetworkV6
            ? null
            : "it is not a well-formed IPv6 address";

        static string[] Groups(string part) => part.Length == 0 ? [] : part.Split(':');
    }

    // ---------------------------------------------------------------- CIDR

    /// <summary>
    /// cidr: an IPv4 or IPv6 address, '/', and a prefix length (0–32 or 0–128, no leading zero).
    /// Host bits may be set (<c>198.51.100.7/24</c>, as reports often write the observed address with
    /// its block); <see cref="HasHostBits"/> tells.
    /// </summary>
    public static string? CheckCidr(string value)
    {
        if (Blank(value) is { } blank)
        {
            return blank;
        }

        var slash = value.IndexOf('/');
        if (slash < 0)
        {
            return Ipv4Address(value) is null ? $"it has no prefix length (such as /24); a single address is kind {IndicatorKinds.Ipv4.Name}"
                : Ipv6Address(value) is null ? $"it has no prefix length (such as /64); a single address is kind {IndicatorKinds.Ipv6.Name}"
                : "it has no prefix length (such as /24 after the address)";
        }

        if (value.IndexOf('/', slash + 1) >= 0)
        {
            return "it has more than one '/'";
        }

        var address = value[..slash];
        var prefix = value[(slash + 1)..];
        var isV6 = address.Contains(':', StringComparison.Ordinal);
        if ((isV6 ? Ipv6Address(address) : Ipv4Address(address)) is { } bad)
        {
            return bad;
        }

        var max = isV6 ? 128 : 32;
        var family = isV6 ? "IPv6" : "IPv4";
        if (prefix.Length == 0)
        {
            return "the prefix length after '/' is missing";
        }

        if (!IsDigits(prefix))
        {
            return $"the prefix length '{prefix}' is not a number";
        }

        if (prefix.Length > 1 && prefix[0] == '0')
        {
            return $"the prefix length {prefix} has a leading zero";
        }

        return prefix.Length > 3 || int.Parse(prefix, NumberStyles.None, CultureInfo.InvariantCulture) > max
            ? $"the prefix length {prefix} is above {max}, the most for an {family} address"
            : null;
    }

    /// <summary>
    /// A valid CIDR block whose address has bits set beyond the prefix (<c>198.51.100.7/24</c>); its
    /// network is then <paramref name="network"/> (<c>198.51.100.0/24</c>).
    /// </summary>
    public static bool HasHostBits(string validCidr, out string network)
    {
        var slash = validCidr.IndexOf('/');
        var address = IPAddress.Parse(validCidr[..slash]);
        var prefix = int.Parse(validCidr[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
        var bytes = address.GetAddressBytes();
        var changed = false;
        for (var bit = prefix; bit < bytes.Length * 8; bit++)
        {
            var mask = (byte)(0x80 >> (bit % 8));
            if ((bytes[bit / 8] & mask) != 0)
            {
                bytes[bit / 8] &= (byte)~mask;
                changed = true;
            }
        }

        network = $"{new IPAddress(bytes)}/{prefix.ToString(CultureInfo.InvariantCulture)}";
        return changed;
    }

    // ---------------------------------------------------------------- Domain

    /// <summary>domain: the host name alone; hints when it is a URL, an email address or an IP address.</summary>
    public static string? CheckDomain(string value)
    {
        if (Blank(value) is { } blank)
        {
            return blank;
        }

        if (value.Contains("://", StringComparison.Ordinal))
        {
            return $"it is a URL; a domain name is the host name alone (or use kind {IndicatorKinds.Url.Name})";
        }

        if (value.Contains('@', StringComparison.Ordinal))
        {
            return $"it has an '@'; an email address is kind {IndicatorKinds.Email.Name}";
        }

        if (value.Contains('/', StringComparison.Ordinal))
        {
            return $"it has a '/'; a domain name is the host name alone, without a path (or use kind {IndicatorKinds.Url.Name})";
        }

        if (value.Contains(':', StringComparison.Ordinal))
        {
            return Ipv6Address(value) is null ? $"it is an IPv6 address; use kind {IndicatorKinds.Ipv6.Name}" : "it has a ':'; a domain name has no port";
        }

        return Ipv4Address(value) is null ? $"it is an IPv4 address; use kind {IndicatorKinds.Ipv4.Name}" : DomainName(value);
    }

    /// <summary>
    /// A host name: two or more labels of letters, digits and hyphens (not at either end of a label),
    /// each at most 63 characters, at most 253 in all, the last not all digits; no trailing root dot.
    /// Internationalised names are accepted in Unicode (<c>bücher.example</c>) or as punycode
    /// (<c>xn--bcher-kva.example</c>); the limits apply to the punycode form, and punycode must decode.
    /// </summary>
    internal static string? DomainName(string value)
    {
        if (DotProblem(value) is { } dots)
        {
            return dots;
        }

        var labels = value.Split('.');
        if (labels.Length < 2)
        {
            return "it has a single label; a domain name has at least two, such as example.com";
        }

        var idn = new IdnMapping { UseStd3AsciiRules = true };
        var asciiLength = labels.Length - 1;
        foreach (var label in labels)
        {
            foreach (var rune in label.EnumerateRunes())
            {
                if (!(rune.IsAscii ? char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == '-' : IsIdnLetter(rune)))
                {
                    return $"the character '{rune}' is not allowed in a domain name (letters, digits and hyphens only)";
                }
            }

            if (label.StartsWith('-'))
            {
                return $"the label '{label}' starts with a hyphen";
            }

            if (label.EndsWith('-'))
            {
                return $"the label '{label}' ends with a hyphen";
            }

            var ascii = label;
            if (!Ascii.IsValid(label))
            {
                try
                {
                    ascii = idn.GetAscii(label);
                }
                catch (ArgumentException)
                {
                    // IdnMapping refuses a label whose punycode is over 63 characters without saying how
                    // long it is; when both halves of the label convert, that is why.
                    return FitsWhenHalved(idn, label)
                        ? $"the label '{label}' is longer than {MaxLabelLength} characters as punycode"
                        : $"the label '{label}' is not a valid internationalised label";
                }
            }
            else if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    idn.GetUnicode(label);
                }
                catch (ArgumentException)
                {
                    return $"the label '{label}' is not valid punycode";
                }
            }

            if (ascii.Length > MaxLabelLength)
            {
                return ascii.Length == label.Length
                    ? $"the label '{label}' is {label.Length} characters long; the most is {MaxLabelLength}"
                    : $"the label '{label}' is {ascii.Length} characters long as punycode ({ascii}); the most is {MaxLabelLength}";
            }

            asciiLength += ascii.Length;
        }

        if (IsDigits(labels[^1]))
        {
            return $"its last label '{labels[^1]}' is all digits; no top-level domain is";
        }

        return asciiLength > MaxDomainLength ? $"it is {asciiLength} characters long; the most is {MaxDomainLength}" : null;

        static bool FitsWhenHalved(IdnMapping idn, string label)
        {
            var half = label.Length / 2;
            if (half == 0 || char.IsLowSurrogate(label[half]))
            {
                half++;
            }

            try
            {
                idn.GetAscii(label[..half]);
                idn.GetAscii(label[half..]);
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        static bool IsIdnLetter(Rune rune) => Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    // ---------------------------------------------------------------- URL

    /// <summary>
    /// url: what a source's <c>url</c> accepts (<see cref="UrlValidator"/>: absolute, http or https, a
    /// host), and a host that is a valid domain name (<see cref="DomainName"/>), IPv4 address or
    /// bracketed IPv6 address, with an optional port 1–65535. User information before '@' is allowed
    /// (phishing URLs use it).
    /// </summary>
    public static string? CheckUrl(string value)
    {
        if (UrlValidator.Check(value) is { } problem)
        {
            return problem;
        }

        var start = value.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = value.IndexOfAny(['/', '?', '#'], start);
        var authority = end < 0 ? value[start..] : value[start..end];
        var host = authority[(authority.LastIndexOf('@') + 1)..];
        string? port = null;
        string? hostProblem;
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']');
            if (close < 0)
            {
                return $"its host '{host}' has no closing ']'";
            }

            if (close + 1 < host.Length)
            {
                if (host[close + 1] != ':')
                {
                    return $"its host '{host}' has text after ']'";
                }

                port = host[(close + 2)..];
            }

            hostProblem = Ipv6Address(host[1..close]);
            host = host[..(close + 1)];
        }
        else
        {
            var colon = host.LastIndexOf(':');
            if (colon >= 0)
            {
                port = host[(colon + 1)..];
                host = host[..colon];
            }

            hostProblem = host.All(c => char.IsAsciiDigit(c) || c == '.') ? Ipv4Address(host) : DomainName(host);
        }

        if (hostProblem is not null)
        {
            return host.Length == 0 ? "it has no host" : $"its host '{host}' is not valid: {hostProblem}";
        }

        if (port is null)
        {
            return null;
        }

        if (port.Length == 0)
        {
            return "its port after ':' is empty";
        }

        return !IsDigits(port) ? $"its port '{port}' is not a number"
            : port.Length > 5 || int.Parse(port, NumberStyles.None, CultureInfo.InvariantCulture) is 0 or > 65535 ? $"its port {port} is not between 1 and 65535"
            : null;
    }

    // ---------------------------------------------------------------- Email

    /// <summary>
    /// email: <c>local@domain</c>. The local part is a dot-atom (RFC 5322: letters, digits and
    /// <c>!#$%&amp;'*+/=?^_`{|}~-</c>, non-ASCII letters as RFC 6531 allows, dots not at either end
    /// nor doubled; quoted local parts are not accepted), at most 64 characters; the domain follows
    /// <see cref="DomainName"/> (no address literals); at most 254 characters in all.
    /// </summary>
    public static string? CheckEmail(string value)
    {
        if (Blank(value) is { } blank)
        {
            return blank;
        }

        if (value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return "it starts with 'mailto:'; the indicator is the address alone";
        }

        var at = value.IndexOf('@');
        if (at < 0)
        {
            return "it has no '@'";
        }

        if (value.IndexOf('@', at + 1) >= 0)
        {
            return "it has more than one '@'";
        }

        var local = value[..at];
        var domain = value[(at + 1)..];
        if (local.Length == 0)
        {
            return "the part before '@' is empty";
        }

        if (domain.Length == 0)
        {
            return "the part after '@' is empty";
        }

        foreach (var rune in local.EnumerateRunes())
        {
            if (rune.IsAscii ? !char.IsAsciiLetterOrDigit((char)rune.Value) && !"!#$%&'*+/=?^_`{|}~-.".Contains((char)rune.Value) : !Rune.IsLetterOrDigit(rune))
            {
                return $"the character '{rune}' is not allowed before the '@'";
            }
        }

        if (local.StartsWith('.'))
        {
            return "the part before '@' starts with a dot";
        }

        if (local.EndsWith('.'))
        {
            return "the part before '@' ends with a dot";
        }

        if (local.Contains("..", StringComparison.Ordinal))
        {
            return "the part before '@' has two dots in a row";
        }

        if (local.Length > MaxLocalPartLength)
        {
            return $"the part before '@' is {local.Length} characters long; the most is {MaxLocalPartLength}";
        }

        if (DomainName(domain) is { } bad)
        {
            return $"its domain '{domain}' is not valid: {bad}";
        }

        return value.Length > MaxEmailLength ? $"it is {value.Length} characters long; the most is {MaxEmailLength}" : null;
    }

    // ---------------------------------------------------------------- Hashes

    /// <summary>md5, sha1, sha256: exactly 32, 40 or 64 hex digits, either case; a hash of another length is named.</summary>
    public static string? CheckHash(string value, int length)
    {
        if (Blank(value) is { } blank)
        {
            return blank;
        }

        if (value.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return "it starts with 0x; write the hex digits alone";
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return $"'{c}' is not a hex digit";
            }
        }

        if (value.Length == length)
        {
            return null;
        }

        var expected = HashName(length)!;
        return HashName(value.Length) is { } other
            ? $"{value.Length} hex digits is {other}, not {expected}"
            : $"it has {value.Length} hex digits; {expected} has {length}";

        static string? HashName(int digits) => digits switch
        {
            Md5Length => "an MD5",
            Sha1Length => "a SHA-1",
            Sha256Length => "a SHA-256",
            128 => "a SHA-512",
            _ => null,
        };
    }

    // ---------------------------------------------------------------- File name

    /// <summary>
    /// file-name: a name without folder (no '/' or '\'), no control characters, no space at either
    /// end, not '.' or '..', at most 255 characters.
    /// </summary>
    public static string? CheckFileName(string value)
    {
        if (value.Length == 0)
        {
            return "it is empty";
        }

        if (value.Any(char.IsControl))
        {
            return "it contains a control character";
        }

        if (value.IndexOfAny(['/', '\\']) is var separator and >= 0)
        {
            return $"it contains the path separator '{value[separator]}'; a file name is written without its folder";
        }

        if (value.Trim('.').Length == 0 && value.Length <= 2)
        {
            return $"'{value}' names a folder, not a file";
        }

        if (char.IsWhiteSpace(value[0]))
        {
            return "it starts with a space";
        }

        if (char.IsWhiteSpace(value[^1]))
        {
            return "it ends with a space";
        }

        return value.Length > MaxFileNameLength ? $"it is {value.Length} characters long; the most is {MaxFileNameLength}" : null;
    }

    // ---------------------------------------------------------------- ASN

    /// <summary>asn: <c>AS64500</c> (the prefix in any case) or <c>64500</c>; 1–4294967295, no leading zero.</summary>
    public static string? CheckAsn(string value)
    {
        if (Blank(value) is { } blank)
        {
            return blank;
        }

        var digits = value.StartsWith("AS", StringComparison.OrdinalIgnoreCase) ? value[2..] : value;
        if (digits.Length == 0)
        {
            return "the number after AS is missing";
        }

        var dot = digits.IndexOf('.');
        if (dot > 0 && IsDigits(digits[..dot]) && IsDigits(digits[(dot + 1)..])
            && uint.TryParse(digits[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var high) && high <= ushort.MaxValue
            && uint.TryParse(digits[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var low) && low <= ushort.MaxValue)
        {
            return $"it is in asdot notation; write it as {((high << 16) | low).ToString(CultureInfo.InvariantCulture)}";
        }

        if (!IsDigits(digits))
        {
            return $"'{digits}' is not a number";
        }

        if (digits.Length > 1 && digits[0] == '0')
        {
            return $"{digits} has a leading zero";
        }

        if (!uint.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return $"{digits} is above {MaxAsNumber.ToString(CultureInfo.InvariantCulture)}, the largest AS number";
        }

        return number == 0 ? "AS0 is reserved and names no autonomous system" : null;
    }

    /// <summary>The number of a valid asn value: <c>AS64500</c> → 64500.</summary>
    public static uint AsNumber(string validAsn) =>
        uint.Parse(validAsn.StartsWith("AS", StringComparison.OrdinalIgnoreCase) ? validAsn[2..] : validAsn, NumberStyles.None, CultureInfo.InvariantCulture);

    // ---------------------------------------------------------------- Shared

    /// <summary>Empty, or spaces or control characters anywhere.</summary>
    private static string? Blank(string value) =>
        value.Length == 0 ? "it is empty"
        : value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? "it contains spaces or control characters"
        : null;

    private static string? DotProblem(string value) =>
        value.StartsWith('.') ? "it starts with a dot"
        : value.EndsWith('.') ? "it ends with a dot"
        : value.Contains("..", StringComparison.Ordinal) ? "it has two dots in a row"
        : null;

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
