using System.Collections.Immutable;

namespace IncidentLang.Binding;

/// <summary>
/// The indicator kinds of v2 §4, in the spec's order. This is the definition of the kinds: the schema's
/// vocabulary for <c>indicator.kind</c>, the validator (INC1022), the defanged display, the STIX patterns
/// (§6) and INC2013 all read it. docs/indicators.md describes the same table for writers.
/// </summary>
public static class IndicatorKinds
{
    public static IndicatorKind Ipv4 { get; } = new(
        "ipv4", "An IPv4 address: four decimal numbers 0–255 separated by dots, e.g. 198.51.100.7.",
        "an IPv4 address", "IPv4", IsLinkable: true, StringComparison.Ordinal,
        IndicatorSyntax.CheckIpv4, v => StixPatterns.Equal("ipv4-addr:value", v), Defanging.DefangIpv4,
        "198.51.100.7");

    public static IndicatorKind Ipv6 { get; } = new(
        "ipv6", "An IPv6 address in its text form (RFC 4291), e.g. 2001:db8::1; no brackets, zone or port.",
        "an IPv6 address", "IPv6", IsLinkable: true, StringComparison.OrdinalIgnoreCase,
        IndicatorSyntax.CheckIpv6, v => StixPatterns.Equal("ipv6-addr:value", v), Defanging.DefangIpv6,
        "2001:db8::1");

    public static IndicatorKind Cidr { get; } = new(
        "cidr", "A block of IPv4 or IPv6 addresses in CIDR notation, e.g. 198.51.100.0/24.",
        "a CIDR block", "CIDR", IsLinkable: false, StringComparison.OrdinalIgnoreCase,
        IndicatorSyntax.CheckCidr, StixPatterns.Cidr, Defanging.DefangCidr,
        "198.51.100.0/24");

    public static IndicatorKind Domain { get; } = new(
        "domain", "A domain name of two or more labels, e.g. malicious.example.com (Unicode or punycode).",
        "a domain name", "Domain", IsLinkable: true, StringComparison.OrdinalIgnoreCase,
        IndicatorSyntax.CheckDomain, v => StixPatterns.Equal("domain-name:value", v), Defanging.DefangDomain,
        "malicious.example.com");

    public static IndicatorKind Url { get; } = new(
        "url", "An absolute http or https URL, e.g. https://malicious.example.com/path.",
        "a URL", "URL", IsLinkable: true, StringComparison.Ordinal,
        IndicatorSyntax.CheckUrl, v => StixPatterns.Equal("url:value", v), Defanging.DefangUrl,
        "https://malicious.example.com/path");

    public static IndicatorKind Email { get; } = new(
        "email", "An email address, e.g. sender@malicious.example.com.",
        "an email address", "Email", IsLinkable: true, StringComparison.OrdinalIgnoreCase,
        IndicatorSyntax.CheckEmail, v => StixPatterns.Equal("email-addr:value", v), Defanging.DefangEmail,
        "sender@malicious.example.com");

    public static IndicatorKind Md5 { get; } = new(
        "md5", "The MD5 hash of a file: 32 hex digits.",
        "an MD5 hash", "MD5", IsLinkable: false, StringComparison.OrdinalIgnoreCase,
        v => IndicatorSyntax.CheckHash(v, IndicatorSyntax.Md5Length), v => StixPatterns.Equal("file:hashes.MD5", v), Defanging.Unchanged,
        "d41d8cd98f00b204e9800998ecf8427e");

    public static IndicatorKind Sha1 { get; } = new(
        "sha1", "The SHA-1 hash of a file: 40 hex digits.",
        "a SHA-1 hash", "SHA-1", IsLinkable: false, StringComparison.OrdinalIgnoreCase,
        v => IndicatorSyntax.CheckHash(v, IndicatorSyntax.Sha1Length), v => StixPatterns.Equal("file:hashes.'SHA-1'", v), Defanging.Unchanged,
        "da39a3ee5e6b4b0d3255bfef95601890afd80709");

    public static IndicatorKind Sha256 { get; } = new(
        "sha256", "The SHA-256 hash of a file: 64 hex digits.",
        "a SHA-256 hash", "SHA-256", IsLinkable: false, StringComparison.OrdinalIgnoreCase,
        v => IndicatorSyntax.CheckHash(v, IndicatorSyntax.Sha256Length), v => StixPatterns.Equal("file:hashes.'SHA-256'", v), Defanging.Unchanged,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    public static IndicatorKind FileName { get; } = new(
        "file-name", "The name of a file, without its folder, e.g. human2.aspx.",
        "a file name", "File name", IsLinkable: false, StringComparison.Ordinal,
        IndicatorSyntax.CheckFileName, v => StixPatterns.Equal("file:name", v), Defanging.Unchanged,
        "human2.aspx");

    public static IndicatorKind Asn { get; } = new(
        "asn", "An autonomous system number, 1–4294967295, written AS64500 or 64500.",
        "an AS number", "ASN", IsLinkable: false, StringComparison.OrdinalIgnoreCase,
        IndicatorSyntax.CheckAsn, StixPatterns.AutonomousSystem, Defanging.Unchanged,
        "AS64500");

    /// <summary>Every kind, in the order of v2 §4.</summary>
    public static ImmutableArray<IndicatorKind> All { get; } = [Ipv4, Ipv6, Cidr, Domain, Url, Email, Md5, Sha1, Sha256, FileName, Asn];

    // A plain dictionary: set up in every check that binds an indicator kind, where creating a frozen one cost more than its lookups save.
    private static readonly Dictionary<string, IndicatorKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The kind written <paramref name="name"/> (exact spelling), or null.</summary>
    public static IndicatorKind? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The kind written <paramref name="name"/>; the caller has already reported an unknown kind (INC1007).</summary>
    public static IndicatorKind Get(string name) =>
        Find(name) ?? throw new ArgumentException($"'{name}' is not an indicator kind ({string.Join(", ", All.Select(k => k.Name))}).", nameof(name));
}
