using System.Text;
using System.Text.RegularExpressions;
using IncidentLang.Binding;

namespace IncidentLang.Tests.Indicators;

/// <summary>v2 §6: one STIX 2.1 comparison expression per indicator kind.</summary>
public sealed partial class StixPatternTests
{
    [Theory]
    [InlineData("ipv4", "198.51.100.7", "[ipv4-addr:value = '198.51.100.7']")]
    [InlineData("ipv6", "2001:db8::1", "[ipv6-addr:value = '2001:db8::1']")]
    [InlineData("cidr", "198.51.100.0/24", "[ipv4-addr:value = '198.51.100.0/24']")]
    [InlineData("cidr", "2001:db8::/32", "[ipv6-addr:value = '2001:db8::/32']")]
    [InlineData("domain", "malicious.example.com", "[domain-name:value = 'malicious.example.com']")]
    [InlineData("url", "https://malicious.example.com/path", "[url:value = 'https://malicious.example.com/path']")]
    [InlineData("url", "https://example.com/it's", "[url:value = 'https://example.com/it\\'s']")]
    [InlineData("email", "sender@malicious.example.com", "[email-addr:value = 'sender@malicious.example.com']")]
    [InlineData("email", "o'brien@example.com", "[email-addr:value = 'o\\'brien@example.com']")]
    [InlineData("md5", "d41d8cd98f00b204e9800998ecf8427e", "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']")]
    [InlineData("sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709", "[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']")]
    [InlineData("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']")]
    [InlineData("file-name", "human2.aspx", "[file:name = 'human2.aspx']")]
    [InlineData("file-name", "it's a trap.exe", "[file:name = 'it\\'s a trap.exe']")]
    [InlineData("asn", "AS64500", "[autonomous-system:number = 64500]")]
    [InlineData("asn", "as64500", "[autonomous-system:number = 64500]")]
    [InlineData("asn", "4294967295", "[autonomous-system:number = 4294967295]")]
    public void Pattern_per_kind(string kind, string value, string pattern)
    {
        var indicatorKind = IndicatorKinds.Find(kind)!;
        Assert.Null(indicatorKind.Check(value));
        Assert.Equal(pattern, indicatorKind.StixPattern(value));
    }

    [Theory]
    [InlineData("", "''")]
    [InlineData("plain", "'plain'")]
    [InlineData("'", "'\\''")]
    [InlineData("\\", "'\\\\'")]
    [InlineData("a\\'b", "'a\\\\\\'b'")]
    public void String_literals_escape_quote_and_backslash(string value, string literal) => Assert.Equal(literal, StixPatterns.Literal(value));

    /// <summary>
    /// Every kind's example, and awkward values, give a pattern that a STIX 2.1 comparison-expression
    /// grammar accepts (object type and path per the STIX patterning grammar, a string literal whose
    /// only escapes are \' and \\, or an integer), and the literal reads back as the value.
    /// </summary>
    [Fact]
    public void Patterns_parse_and_read_back()
    {
        var values = IndicatorKinds.All.Select(k => (k, k.Example))
            .Append((IndicatorKinds.Url, "https://example.com/a'b\\c"))
            .Append((IndicatorKinds.FileName, "'it''s'.txt"));
        foreach (var (kind, value) in values)
        {
            var pattern = kind.StixPattern(value);
            var match = Comparison().Match(pattern);
            Assert.True(match.Success, pattern);
            if (match.Groups["string"].Success)
            {
                Assert.Equal(value, Unescape(match.Groups["string"].Value));
            }
            else
            {
                Assert.Equal(IndicatorSyntax.AsNumber(value).ToString(System.Globalization.CultureInfo.InvariantCulture), match.Groups["int"].Value);
            }
        }
    }

    private static string Unescape(string body)
    {
        var text = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            text.Append(body[i] == '\\' ? body[++i] : body[i]);
        }

        return text.ToString();
    }

    // objectType: [a-z0-9-]+ ; path: property names, dotted, a quoted key allowed (hashes.'SHA-256').
    [GeneratedRegex("""^\[(?<type>[a-z][a-z0-9-]*[a-z0-9]):(?<path>[a-z_][a-z0-9_]*(\.([a-z_][a-z0-9_]*|[A-Z0-9]+|'[A-Za-z0-9-]+'))*) = ('(?<string>([^'\\]|\\['\\])*)'|(?<int>[0-9]+))\]$""")]
    private static partial Regex Comparison();
}
