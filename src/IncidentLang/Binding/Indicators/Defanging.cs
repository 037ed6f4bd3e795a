using System.Text;

namespace IncidentLang.Binding;

/// <summary>
/// Defanged indicators (v2 §4 <c>indicator.value</c>, §6 <c>defanged</c>, INC2013's fix): written so that
/// no mail client, chat or renderer turns them into a link or resolves them. See docs/indicators.md.
/// </summary>
internal static class Defanging
{
    /// <summary>
    /// The defang marks <see cref="Refang"/> undoes, each with what it stands for. The letters of
    /// <c>[dot]</c> and <c>[at]</c> may be in any case. (<c>hxxp</c>/<c>hxxps</c> are handled apart.)
    /// </summary>
    private static readonly (string Mark, string Text)[] Marks =
    [
        ("[.]", "."), ("(.)", "."), ("{.}", "."), ("[dot]", "."),
        ("[://]", "://"), ("[:]", ":"),
        ("[@]", "@"), ("(@)", "@"), ("[at]", "@"),
    ];

    /// <summary>
    /// Undoes the common defang forms anywhere in <paramref name="value"/>: <c>[.]</c> <c>(.)</c>
    /// <c>{.}</c> <c>[dot]</c> → <c>.</c>; <c>[:]</c> → <c>:</c>; <c>[://]</c> → <c>://</c>;
    /// <c>[@]</c> <c>(@)</c> <c>[at]</c> → <c>@</c>; and the scheme <c>hxxp</c>/<c>hxxps</c> (x in
    /// any case, at the start of a word and followed by <c>:</c>, <c>[:]</c> or <c>[://]</c>) →
    /// <c>http</c>/<c>https</c>. The restored t's are lower case unless the whole scheme is in capitals
    /// (<c>hXXps</c> → <c>https</c>, <c>HXXPS</c> → <c>HTTPS</c>); the other letters keep their case.
    /// A value with nothing to undo is returned as is.
    /// </summary>
    public static string Refang(string value)
    {
        StringBuilder? text = null;
        var copied = 0;
        for (var i = 0; i < value.Length; i++)
        {
            string? replacement = null;
            var length = 0;
            if (value[i] is '[' or '(' or '{')
            {
                foreach (var (mark, plain) in Marks)
                {
                    if (string.Compare(value, i, mark, 0, mark.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        (replacement, length) = (plain, mark.Length);
                        break;
                    }
                }
            }
            else if (value[i] is 'h' or 'H' && DefangedScheme(value, i) is var schemeLength and > 0)
            {
                var scheme = value.AsSpan(i, schemeLength);
                var capitals = !scheme.ContainsAnyInRange('a', 'z');
                replacement = string.Concat(scheme[..1], capitals ? "TT" : "tt", scheme[3..]);
                length = schemeLength;
            }

            if (replacement is null)
            {
                continue;
            }

            text ??= new StringBuilder(value.Length);
            text.Append(value, copied, i - copied).Append(replacement);
            copied = i + length;
            i = copied - 1;
        }

        return text is null ? value : text.Append(value, copied, value.Length - copied).ToString();
    }

    /// <summary>The length of <c>hxxp</c> or <c>hxxps</c> at <paramref name="start"/> when it is a defanged scheme, else 0.</summary>
    private static int DefangedScheme(string value, int start)
    {
        if (start > 0 && char.IsLetterOrDigit(value[start - 1]))
        {
            return 0;
        }

        var rest = value.AsSpan(start);
        if (rest.Length < 5 || rest[1] is not ('x' or 'X') || rest[2] is not ('x' or 'X') || rest[3] is not ('p' or 'P'))
        {
            return 0;
        }

        var length = rest[4] is 's' or 'S' ? 5 : 4;
        var after = rest[length..];
        return after.StartsWith(":") || after.StartsWith("[:]") || after.StartsWith("[://]") ? length : 0;
    }

    /// <summary>
    /// The canonical defanged display of a value of the kind named <paramref name="kind"/>. The value is
    /// refanged first, so defanging twice changes nothing more.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a kind of <see cref="IndicatorKinds.All"/>.</exception>
    public static string Defang(string kind, string value) => Defang(IndicatorKinds.Get(kind), value);

    /// <inheritdoc cref="Defang(string, string)"/>
    public static string Defang(IndicatorKind kind, string value) => kind.Defang(Refang(value));

    /// <summary>ipv4: the last dot only, <c>198.51.100[.]7</c> (the convention of CISA advisories; one mark is enough to stop a link).</summary>
    internal static string DefangIpv4(string value)
    {
        var dot = value.LastIndexOf('.');
        return dot < 0 ? value : string.Concat(value.AsSpan(0, dot), "[.]", value.AsSpan(dot + 1));
    }

    /// <summary>ipv6: every colon, <c>2001[:]db8[:][:]1</c> (as CyberChef and most defang libraries write it).</summary>
    internal static string DefangIpv6(string value) => value.Replace(":", "[:]", StringComparison.Ordinal);

    /// <summary>cidr: the address as its family defangs it, the prefix as is: <c>198.51.100[.]0/24</c>, <c>2001[:]db8[:][:]/32</c>.</summary>
    internal static string DefangCidr(string value)
    {
        var slash = value.IndexOf('/');
        var address = slash < 0 ? value : value[..slash];
        var defanged = address.Contains(':', StringComparison.Ordinal) ? DefangIpv6(address) : DefangIpv4(address);
        return slash < 0 ? defanged : defanged + value[slash..];
    }

    /// <summary>
    /// domain: every dot, <c>www[.]example[.]com</c> — a linkifier that needs only <c>www.</c> and one
    /// more label (GitHub, Slack) would still link <c>www.example[.]com</c>.
    /// </summary>
    internal static string DefangDomain(string value) => value.Replace(".", "[.]", StringComparison.Ordinal);

    /// <summary>email: the '@' and every dot of the domain, <c>user[@]example[.]com</c>; the part before '@' is kept.</summary>
    internal static string DefangEmail(string value)
    {
        var at = value.LastIndexOf('@');
        return at < 0 ? DefangDomain(value) : string.Concat(value.AsSpan(0, at), "[@]", DefangDomain(value[(at + 1)..]));
    }

    /// <summary>
    /// url: the scheme <c>http</c>/<c>https</c> becomes <c>hxxp</c>/<c>hxxps</c> (t → x, T → X) and the
    /// host is defanged as its kind is (a domain: every dot; IPv4: the last dot; a bracketed IPv6
    /// address: unchanged, it is never linked without its scheme); user information, port, path, query
    /// and fragment are kept: <c>hxxps://www[.]example[.]com/a.php</c>.
    /// </summary>
    internal static string DefangUrl(string value)
    {
        var separator = value.IndexOf("://", StringComparison.Ordinal);
        if (separator < 0)
        {
            return value;
        }

        var scheme = value[..separator];
        if (scheme.Length is 4 or 5 && scheme.StartsWith("http", StringComparison.OrdinalIgnoreCase) && (scheme.Length == 4 || scheme[4] is 's' or 'S'))
        {
            scheme = string.Concat(scheme.AsSpan(0, 1), Fang(scheme[1]), Fang(scheme[2]), scheme.AsSpan(3));
        }

        var start = separator + 3;
        var end = value.IndexOfAny(['/', '?', '#'], start);
        if (end < 0)
        {
            end = value.Length;
        }

        var hostStart = value.LastIndexOf('@', end - 1, end - start) + 1;
        if (hostStart == 0)
        {
            hostStart = start;
        }

        var host = value[hostStart..end];
        string defangedHost;
        if (host.StartsWith('['))
        {
            defangedHost = host;
        }
        else
        {
            var colon = host.LastIndexOf(':');
            var name = colon < 0 ? host : host[..colon];
            var port = colon < 0 ? "" : host[colon..];
            defangedHost = (name.All(c => char.IsAsciiDigit(c) || c == '.') ? DefangIpv4(name) : DefangDomain(name)) + port;
        }

        return string.Concat(scheme, value.AsSpan(separator, hostStart - separator), defangedHost, value.AsSpan(end));

        static string Fang(char t) => t == 'T' ? "X" : "x";
    }

    /// <summary>Hashes, file names and AS numbers are never linked: shown as they are.</summary>
    internal static string Unchanged(string value) => value;
}
