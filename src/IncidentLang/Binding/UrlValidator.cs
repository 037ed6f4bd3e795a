using System.Globalization;
using System.Text;

namespace IncidentLang.Binding;

/// <summary>docs/diagnostics.md, INC1010: a valid URL is an absolute RFC 3986 URI with scheme http or https and a non-empty host.</summary>
internal static class UrlValidator
{
    /// <summary>Null when valid, else why not.</summary>
    public static string? Check(string url)
    {
        if (url.Length == 0)
        {
            return "it is empty";
        }

        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "it contains spaces or control characters";
        }

        // Invisible and format characters (zero-width space, bidi controls, soft hyphen …): IDNA drops
        // some of them from a host, so "exa\u200Bmple.org" would pass for example.org (reliability.md, "Hostile reports").
        if (url.EnumerateRunes().FirstOrDefault(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.Format) is { Value: not 0 } format)
        {
            return $"it contains the invisible character U+{format.Value:X4}";
        }

        if (url.IndexOfAny(['"', '<', '>', '\\', '^', '`', '{', '|', '}']) is var bad and >= 0)
        {
            return $"the character '{url[bad]}' is not allowed in a URI (percent-encode it)";
        }

        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return "it is not absolute (it needs a scheme such as https://)";
        }

        var scheme = url[..colon];
        if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
        {
            return $"the scheme '{scheme}' is not http or https";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !url[(colon + 1)..].StartsWith("//", StringComparison.Ordinal))
        {
            return "it is not a well-formed absolute URI";
        }

        return string.IsNullOrEmpty(uri.Host) ? "it has no host" : null;
    }
}
