using IncidentLang.Binding;

namespace IncidentLang.Tests.Indicators;

/// <summary>INC1022: each kind's accepted forms, and the exact message for each way a value can be wrong.</summary>
public sealed class IndicatorValidatorTests
{
    private static void Valid(string kind, string value) => Assert.Null(IndicatorValidator.Validate(kind, value));

    private static void Invalid(string kind, string value, string message) => Assert.Equal(message, IndicatorValidator.Validate(kind, value));

    // ---------------------------------------------------------------- ipv4

    [Theory]
    [InlineData("198.51.100.7")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("10.0.0.1")]
    [InlineData("198.51.100[.]7")]
    [InlineData("198[.]51[.]100[.]7")]
    [InlineData("198(.)51(.)100(.)7")]
    [InlineData("198[dot]51[DOT]100{.}7")]
    public void Ipv4_accepts(string value) => Valid("ipv4", value);

    [Theory]
    [InlineData("198.51.100.300", "'198.51.100.300' is not an IPv4 address: 300 is above 255")]
    [InlineData("198.51.100[.]300", "'198.51.100.300' is not an IPv4 address: 300 is above 255")]
    [InlineData("198.51.100.2555", "'198.51.100.2555' is not an IPv4 address: 2555 is above 255")]
    [InlineData("198.51.100.99999999999", "'198.51.100.99999999999' is not an IPv4 address: 99999999999 is above 255")]
    [InlineData("198.51.100.007", "'198.51.100.007' is not an IPv4 address: 007 has a leading zero, which some software reads as octal")]
    [InlineData("010.1.1.1", "'010.1.1.1' is not an IPv4 address: 010 has a leading zero, which some software reads as octal")]
    [InlineData("198.51.100", "'198.51.100' is not an IPv4 address: it has 3 numbers separated by dots; an IPv4 address has 4")]
    [InlineData("198.51.100.7.1", "'198.51.100.7.1' is not an IPv4 address: it has 5 numbers separated by dots; an IPv4 address has 4")]
    [InlineData("3325256711", "'3325256711' is not an IPv4 address: it is a single number; an IPv4 address is four, separated by dots")]
    [InlineData("198.51..7", "'198.51..7' is not an IPv4 address: it has two dots in a row")]
    [InlineData(".198.51.100.7", "'.198.51.100.7' is not an IPv4 address: it starts with a dot")]
    [InlineData("198.51.100.7.", "'198.51.100.7.' is not an IPv4 address: it ends with a dot")]
    [InlineData("198.51.100.x", "'198.51.100.x' is not an IPv4 address: the character 'x' is not allowed (an IPv4 address is four decimal numbers separated by dots)")]
    [InlineData("0x7f.0.0.1", "'0x7f.0.0.1' is not an IPv4 address: the character 'x' is not allowed (an IPv4 address is four decimal numbers separated by dots)")]
    [InlineData("198.51.100.0/24", "'198.51.100.0/24' is not an IPv4 address: it has a prefix length (/24); a block of addresses is kind cidr")]
    [InlineData("198.51.100.7:443", "'198.51.100.7:443' is not an IPv4 address: it has a port (:443); the indicator is the address alone")]
    [InlineData("198.51.100[.]7[:]443", "'198.51.100.7:443' is not an IPv4 address: it has a port (:443); the indicator is the address alone")]
    [InlineData("2001:db8::1", "'2001:db8::1' is not an IPv4 address: it is an IPv6 address; use kind ipv6")]
    [InlineData("", "'' is not an IPv4 address: it is empty")]
    [InlineData(" 198.51.100.7", "' 198.51.100.7' is not an IPv4 address: it contains spaces or control characters")]
    [InlineData("example.com", "'example.com' is not an IPv4 address: the character 'e' is not allowed (an IPv4 address is four decimal numbers separated by dots)")]
    public void Ipv4_rejects(string value, string message) => Invalid("ipv4", value, message);

    // ---------------------------------------------------------------- ipv6

    [Theory]
    [InlineData("2001:db8::1")]
    [InlineData("2001:DB8::1")]
    [InlineData("2001:0db8:0000:0000:0000:0000:0000:0001")]
    [InlineData("2001:db8:1:2:3:4:5:6")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::")]
    [InlineData("::ffff:198.51.100.7")]
    [InlineData("64:ff9b::198.51.100.7")]
    [InlineData("2001:db8:1:2:3:4:198.51.100.7")]
    [InlineData("2001[:]db8[:][:]1")]
    [InlineData("2001[:]db8[:]:1")]
    public void Ipv6_accepts(string value) => Valid("ipv6", value);

    [Theory]
    [InlineData("198.51.100.7", "'198.51.100.7' is not an IPv6 address: it is an IPv4 address; use kind ipv4")]
    [InlineData("[2001:db8::1]", "'[2001:db8::1]' is not an IPv6 address: it is in brackets, which only a URL needs; write the address alone")]
    [InlineData("fe80::1%eth0", "'fe80::1%eth0' is not an IPv6 address: it has a zone index (%eth0), which only means something on one host")]
    [InlineData("2001:db8::/32", "'2001:db8::/32' is not an IPv6 address: it has a prefix length (/32); a block of addresses is kind cidr")]
    [InlineData("2001:db8::1::2", "'2001:db8::1::2' is not an IPv6 address: '::' appears more than once (it may stand for one run of zero groups only)")]
    [InlineData("2001:db8:::1", "'2001:db8:::1' is not an IPv6 address: it has three colons in a row")]
    [InlineData("2001:db8:1:2:3:4:5", "'2001:db8:1:2:3:4:5' is not an IPv6 address: it has 7 groups; an IPv6 address has 8, or fewer with '::' standing for zeros")]
    [InlineData("2001:db8:1:2:3:4:5:6:7", "'2001:db8:1:2:3:4:5:6:7' is not an IPv6 address: it has 9 groups; an IPv6 address has 8, or fewer with '::' standing for zeros")]
    [InlineData("2001:db8:1:2::3:4:5:6", "'2001:db8:1:2::3:4:5:6' is not an IPv6 address: it has 8 groups besides '::'; the most is 7")]
    [InlineData("2001:db8::12345", "'2001:db8::12345' is not an IPv6 address: the group 12345 has 5 hex digits; the most is 4")]
    [InlineData("2001:db8::g", "'2001:db8::g' is not an IPv6 address: the character 'g' is not allowed (an IPv6 address is groups of hex digits separated by colons)")]
    [InlineData(":2001:db8::1", "':2001:db8::1' is not an IPv6 address: it starts with a single colon")]
    [InlineData("2001:db8::1:", "'2001:db8::1:' is not an IPv6 address: it ends with a single colon")]
    [InlineData("::ffff:198.51.100.300", "'::ffff:198.51.100.300' is not an IPv6 address: in its IPv4 part 198.51.100.300, 300 is above 255")]
    [InlineData("198.51.100.7::1", "'198.51.100.7::1' is not an IPv6 address: the IPv4 part 198.51.100.7 may only end the address")]
    [InlineData("abcd", "'abcd' is not an IPv6 address: it has no colons (an IPv6 address is groups of hex digits separated by colons)")]
    [InlineData("", "'' is not an IPv6 address: it is empty")]
    public void Ipv6_rejects(string value, string message) => Invalid("ipv6", value, message);

    // ---------------------------------------------------------------- cidr

    [Theory]
    [InlineData("198.51.100.0/24")]
    [InlineData("198.51.100.7/32")]
    [InlineData("0.0.0.0/0")]
    [InlineData("198.51.100.7/24")]
    [InlineData("2001:db8::/32")]
    [InlineData("2001:db8::1/128")]
    [InlineData("198.51.100[.]0/24")]
    [InlineData("2001[:]db8[:][:]/32")]
    public void Cidr_accepts(string value) => Valid("cidr", value);

    [Theory]
    [InlineData("198.51.100.0", "'198.51.100.0' is not a CIDR block: it has no prefix length (such as /24); a single address is kind ipv4")]
    [InlineData("2001:db8::", "'2001:db8::' is not a CIDR block: it has no prefix length (such as /64); a single address is kind ipv6")]
    [InlineData("example.com", "'example.com' is not a CIDR block: it has no prefix length (such as /24 after the address)")]
    [InlineData("198.51.100.0/33", "'198.51.100.0/33' is not a CIDR block: the prefix length 33 is above 32, the most for an IPv4 address")]
    [InlineData("2001:db8::/129", "'2001:db8::/129' is not a CIDR block: the prefix length 129 is above 128, the most for an IPv6 address")]
    [InlineData("198.51.100.0/1000", "'198.51.100.0/1000' is not a CIDR block: the prefix length 1000 is above 32, the most for an IPv4 address")]
    [InlineData("198.51.100.0/024", "'198.51.100.0/024' is not a CIDR block: the prefix length 024 has a leading zero")]
    [InlineData("198.51.100.0/", "'198.51.100.0/' is not a CIDR block: the prefix length after '/' is missing")]
    [InlineData("198.51.100.0/x", "'198.51.100.0/x' is not a CIDR block: the prefix length 'x' is not a number")]
    [InlineData("198.51.100.0/24/8", "'198.51.100.0/24/8' is not a CIDR block: it has more than one '/'")]
    [InlineData("198.51.300.0/24", "'198.51.300.0/24' is not a CIDR block: 300 is above 255")]
    [InlineData("2001:db8::g/32", "'2001:db8::g/32' is not a CIDR block: the character 'g' is not allowed (an IPv6 address is groups of hex digits separated by colons)")]
    public void Cidr_rejects(string value, string message) => Invalid("cidr", value, message);

    [Theory]
    [InlineData("198.51.100.7/24", true, "198.51.100.0/24")]
    [InlineData("198.51.100.0/24", false, "198.51.100.0/24")]
    [InlineData("198.51.100.7/32", false, "198.51.100.7/32")]
    [InlineData("198.51.100.128/25", false, "198.51.100.128/25")]
    [InlineData("198.51.100.129/25", true, "198.51.100.128/25")]
    [InlineData("0.0.0.0/0", false, "0.0.0.0/0")]
    [InlineData("2001:db8::1/32", true, "2001:db8::/32")]
    [InlineData("2001:db8::/32", false, "2001:db8::/32")]
    public void Cidr_host_bits_are_accepted_and_told(string value, bool hasHostBits, string network)
    {
        Assert.Null(IndicatorValidator.Validate("cidr", value));
        Assert.Equal(hasHostBits, IndicatorSyntax.HasHostBits(value, out var actual));
        Assert.Equal(network, actual);
    }

    // ---------------------------------------------------------------- domain

    [Theory]
    [InlineData("example.com")]
    [InlineData("malicious.example.com")]
    [InlineData("EXAMPLE.COM")]
    [InlineData("a-b.example")]
    [InlineData("1example.com")]
    [InlineData("example.xn--p1ai")]
    [InlineData("xn--bcher-kva.example")]
    [InlineData("bücher.example")]
    [InlineData("пример.рф")]
    [InlineData("example[.]com")]
    [InlineData("www(.)example[dot]com")]
    [InlineData("example.c0m")]
    public void Domain_accepts(string value) => Valid("domain", value);

    [Fact]
    public void Domain_limits_are_63_per_label_and_253_in_all()
    {
        var label63 = new string('a', 63);
        Valid("domain", label63 + ".com");
        var longest = string.Join('.', Enumerable.Repeat(label63, 3)) + "." + new string('b', 61); // 63*3 + 3 dots + 61 = 253
        Assert.Equal(253, longest.Length);
        Valid("domain", longest);
        Invalid("domain", longest + "b", $"'{longest}b' is not a domain name: it is 254 characters long; the most is 253");
        Invalid("domain", label63 + "a.com", $"'{label63}a.com' is not a domain name: the label '{label63}a' is 64 characters long; the most is 63");
    }

    [Fact]
    public void Domain_limits_apply_to_the_punycode_of_a_unicode_label()
    {
        // 50 'ü' are 63 characters or fewer as punycode; 60 are 60 as written but more than 63 as punycode.
        Assert.True(new System.Globalization.IdnMapping().GetAscii(new string('ü', 50)).Length <= 63);
        Valid("domain", new string('ü', 50) + ".example");
        var label = new string('ü', 60);
        Invalid("domain", label + ".example", $"'{label}.example' is not a domain name: the label '{label}' is longer than 63 characters as punycode");
        Invalid("domain", "a\u200db.example", "'a\u200db.example' is not a domain name: the character '\u200d' is not allowed in a domain name (letters, digits and hyphens only)");
    }

    [Theory]
    [InlineData("localhost", "'localhost' is not a domain name: it has a single label; a domain name has at least two, such as example.com")]
    [InlineData("example.123", "'example.123' is not a domain name: its last label '123' is all digits; no top-level domain is")]
    [InlineData("198.51.100.7", "'198.51.100.7' is not a domain name: it is an IPv4 address; use kind ipv4")]
    [InlineData("2001:db8::1", "'2001:db8::1' is not a domain name: it is an IPv6 address; use kind ipv6")]
    [InlineData("example.com:8080", "'example.com:8080' is not a domain name: it has a ':'; a domain name has no port")]
    [InlineData("https://example.com", "'https://example.com' is not a domain name: it is a URL; a domain name is the host name alone (or use kind url)")]
    [InlineData("hxxps://example[.]com", "'https://example.com' is not a domain name: it is a URL; a domain name is the host name alone (or use kind url)")]
    [InlineData("example.com/login", "'example.com/login' is not a domain name: it has a '/'; a domain name is the host name alone, without a path (or use kind url)")]
    [InlineData("user@example.com", "'user@example.com' is not a domain name: it has an '@'; an email address is kind email")]
    [InlineData("example.com.", "'example.com.' is not a domain name: it ends with a dot")]
    [InlineData(".example.com", "'.example.com' is not a domain name: it starts with a dot")]
    [InlineData("example..com", "'example..com' is not a domain name: it has two dots in a row")]
    [InlineData("-example.com", "'-example.com' is not a domain name: the label '-example' starts with a hyphen")]
    [InlineData("example-.com", "'example-.com' is not a domain name: the label 'example-' ends with a hyphen")]
    [InlineData("exa_mple.com", "'exa_mple.com' is not a domain name: the character '_' is not allowed in a domain name (letters, digits and hyphens only)")]
    [InlineData("*.example.com", "'*.example.com' is not a domain name: the character '*' is not allowed in a domain name (letters, digits and hyphens only)")]
    [InlineData("xn--zz.example", "'xn--zz.example' is not a domain name: the label 'xn--zz' is not valid punycode")]
    [InlineData("example com", "'example com' is not a domain name: it contains spaces or control characters")]
    [InlineData("", "'' is not a domain name: it is empty")]
    public void Domain_rejects(string value, string message) => Invalid("domain", value, message);

    // ---------------------------------------------------------------- url

    [Theory]
    [InlineData("https://malicious.example.com/path")]
    [InlineData("http://malicious.example.com")]
    [InlineData("HTTPS://EXAMPLE.COM/")]
    [InlineData("https://example.com:8443/a/b.php?x=1#y")]
    [InlineData("http://198.51.100.7/payload.bin")]
    [InlineData("http://198.51.100.7:8080/")]
    [InlineData("http://[2001:db8::1]/")]
    [InlineData("http://[2001:db8::1]:8080/x")]
    [InlineData("https://paypal.com@malicious.example.com/")]
    [InlineData("https://bücher.example/")]
    [InlineData("hxxps://malicious[.]example[.]com/path")]
    [InlineData("hXXps://malicious.example.com/path")]
    [InlineData("hxxps[://]malicious.example.com/path")]
    [InlineData("hxxp[:]//198.51.100[.]7/payload.bin")]
    public void Url_accepts(string value) => Valid("url", value);

    [Theory]
    [InlineData("malicious.example.com/path", "'malicious.example.com/path' is not a URL: it is not absolute (it needs a scheme such as https://)")]
    [InlineData("ftp://malicious.example.com/", "'ftp://malicious.example.com/' is not a URL: the scheme 'ftp' is not http or https")]
    [InlineData("https://example.com/a b", "'https://example.com/a b' is not a URL: it contains spaces or control characters")]
    [InlineData("https://198.51.100.300/", "'https://198.51.100.300/' is not a URL: its host '198.51.100.300' is not valid: 300 is above 255")]
    [InlineData("https://010.1.1.1/", "'https://010.1.1.1/' is not a URL: its host '010.1.1.1' is not valid: 010 has a leading zero, which some software reads as octal")]
    [InlineData("https://intranet/", "'https://intranet/' is not a URL: its host 'intranet' is not valid: it has a single label; a domain name has at least two, such as example.com")]
    [InlineData("https://exa_mple.com/", "'https://exa_mple.com/' is not a URL: its host 'exa_mple.com' is not valid: the character '_' is not allowed in a domain name (letters, digits and hyphens only)")]
    [InlineData("https://example.com:0/", "'https://example.com:0/' is not a URL: its port 0 is not between 1 and 65535")]
    [InlineData("https://example.com:65536/", "'https://example.com:65536/' is not a URL: it is not a well-formed absolute URI")]
    [InlineData("https://example.com:/", "'https://example.com:/' is not a URL: its port after ':' is empty")]
    [InlineData("", "'' is not a URL: it is empty")]
    public void Url_rejects(string value, string message) => Invalid("url", value, message);

    // ---------------------------------------------------------------- email

    [Theory]
    [InlineData("sender@malicious.example.com")]
    [InlineData("first.last+tag@example.com")]
    [InlineData("o'brien@example.com")]
    [InlineData("USER@EXAMPLE.COM")]
    [InlineData("josé@bücher.example")]
    [InlineData("user[@]example[.]com")]
    [InlineData("user(@)example(.)com")]
    [InlineData("user[at]example[dot]com")]
    public void Email_accepts(string value) => Valid("email", value);

    [Theory]
    [InlineData("user.example.com", "'user.example.com' is not an email address: it has no '@'")]
    [InlineData("a@b@example.com", "'a@b@example.com' is not an email address: it has more than one '@'")]
    [InlineData("@example.com", "'@example.com' is not an email address: the part before '@' is empty")]
    [InlineData("user@", "'user@' is not an email address: the part after '@' is empty")]
    [InlineData("mailto:user@example.com", "'mailto:user@example.com' is not an email address: it starts with 'mailto:'; the indicator is the address alone")]
    [InlineData(".user@example.com", "'.user@example.com' is not an email address: the part before '@' starts with a dot")]
    [InlineData("user.@example.com", "'user.@example.com' is not an email address: the part before '@' ends with a dot")]
    [InlineData("us..er@example.com", "'us..er@example.com' is not an email address: the part before '@' has two dots in a row")]
    [InlineData("us(er@example.com", "'us(er@example.com' is not an email address: the character '(' is not allowed before the '@'")]
    [InlineData("user@localhost", "'user@localhost' is not an email address: its domain 'localhost' is not valid: it has a single label; a domain name has at least two, such as example.com")]
    [InlineData("user@[198.51.100.7]", "'user@[198.51.100.7]' is not an email address: its domain '[198.51.100.7]' is not valid: the character '[' is not allowed in a domain name (letters, digits and hyphens only)")]
    [InlineData("user name@example.com", "'user name@example.com' is not an email address: it contains spaces or control characters")]
    public void Email_rejects(string value, string message) => Invalid("email", value, message);

    [Fact]
    public void Email_limits_are_64_before_the_at_and_254_in_all()
    {
        var local64 = new string('a', 64);
        Valid("email", local64 + "@example.com");
        Invalid("email", local64 + "a@example.com", $"'{local64}a@example.com' is not an email address: the part before '@' is 65 characters long; the most is 64");
        var domain = new string('d', 59) + "." + new string('d', 60) + "." + new string('d', 60) + ".example";
        var email = local64 + "@" + domain;
        Assert.Equal(254, email.Length);
        Valid("email", email);
        var tooLong = local64 + "@d" + domain;
        Invalid("email", tooLong, $"'{tooLong}' is not an email address: it is 255 characters long; the most is 254");
    }

    // ---------------------------------------------------------------- hashes

    private const string Md5 = "d41d8cd98f00b204e9800998ecf8427e";
    private const string Sha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
    private const string Sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    [Theory]
    [InlineData("md5", Md5)]
    [InlineData("md5", "D41D8CD98F00B204E9800998ECF8427E")]
    [InlineData("sha1", Sha1)]
    [InlineData("sha256", Sha256)]
    [InlineData("sha256", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    public void Hashes_accept(string kind, string value) => Valid(kind, value);

    [Theory]
    [InlineData("md5", Sha256, $"'{Sha256}' is not an MD5 hash: 64 hex digits is a SHA-256, not an MD5")]
    [InlineData("md5", Sha1, $"'{Sha1}' is not an MD5 hash: 40 hex digits is a SHA-1, not an MD5")]
    [InlineData("sha1", Md5, $"'{Md5}' is not a SHA-1 hash: 32 hex digits is an MD5, not a SHA-1")]
    [InlineData("sha1", Sha256, $"'{Sha256}' is not a SHA-1 hash: 64 hex digits is a SHA-256, not a SHA-1")]
    [InlineData("sha256", Md5, $"'{Md5}' is not a SHA-256 hash: 32 hex digits is an MD5, not a SHA-256")]
    [InlineData("sha256", Sha1, $"'{Sha1}' is not a SHA-256 hash: 40 hex digits is a SHA-1, not a SHA-256")]
    [InlineData("sha256", Sha256 + Sha256, $"'{Sha256}{Sha256}' is not a SHA-256 hash: 128 hex digits is a SHA-512, not a SHA-256")]
    [InlineData("md5", "d41d8cd98f00b204e9800998ecf8427", "'d41d8cd98f00b204e9800998ecf8427' is not an MD5 hash: it has 31 hex digits; an MD5 has 32")]
    [InlineData("sha256", "e3b0c44298fc1c149afbf4c8996fb924", "'e3b0c44298fc1c149afbf4c8996fb924' is not a SHA-256 hash: 32 hex digits is an MD5, not a SHA-256")]
    [InlineData("sha1", "da39a3ee5e6b4b0d3255bfef95601890afd8070", "'da39a3ee5e6b4b0d3255bfef95601890afd8070' is not a SHA-1 hash: it has 39 hex digits; a SHA-1 has 40")]
    [InlineData("md5", "g41d8cd98f00b204e9800998ecf8427e", "'g41d8cd98f00b204e9800998ecf8427e' is not an MD5 hash: 'g' is not a hex digit")]
    [InlineData("md5", "0xd41d8cd98f00b204e9800998ecf8427e", "'0xd41d8cd98f00b204e9800998ecf8427e' is not an MD5 hash: it starts with 0x; write the hex digits alone")]
    [InlineData("md5", "d41d8cd98f00b204 e9800998ecf8427e", "'d41d8cd98f00b204 e9800998ecf8427e' is not an MD5 hash: it contains spaces or control characters")]
    [InlineData("sha256", "", "'' is not a SHA-256 hash: it is empty")]
    public void Hashes_reject(string kind, string value, string message) => Invalid(kind, value, message);

    // ---------------------------------------------------------------- file-name

    [Theory]
    [InlineData("human2.aspx")]
    [InlineData("invoice.pdf.exe")]
    [InlineData("Setup Wizard (1).msi")]
    [InlineData("...")]
    [InlineData(".bashrc")]
    [InlineData("файл.txt")]
    [InlineData("human2[.]aspx")]
    public void File_name_accepts(string value) => Valid("file-name", value);

    [Theory]
    [InlineData("", "'' is not a file name: it is empty")]
    [InlineData("C:\\inetpub\\human2.aspx", "'C:\\inetpub\\human2.aspx' is not a file name: it contains the path separator '\\'; a file name is written without its folder")]
    [InlineData("/tmp/x.sh", "'/tmp/x.sh' is not a file name: it contains the path separator '/'; a file name is written without its folder")]
    [InlineData(".", "'.' is not a file name: '.' names a folder, not a file")]
    [InlineData("..", "'..' is not a file name: '..' names a folder, not a file")]
    [InlineData("a\tb.txt", "'a\tb.txt' is not a file name: it contains a control character")]
    [InlineData(" human2.aspx", "' human2.aspx' is not a file name: it starts with a space")]
    [InlineData("human2.aspx ", "'human2.aspx ' is not a file name: it ends with a space")]
    public void File_name_rejects(string value, string message) => Invalid("file-name", value, message);

    [Fact]
    public void File_name_is_at_most_255_characters()
    {
        Valid("file-name", new string('a', 251) + ".exe");
        var name = new string('a', 252) + ".exe";
        Invalid("file-name", name, $"'{name}' is not a file name: it is 256 characters long; the most is 255");
    }

    // ---------------------------------------------------------------- asn

    [Theory]
    [InlineData("AS64500")]
    [InlineData("as64500")]
    [InlineData("64500")]
    [InlineData("1")]
    [InlineData("AS4294967295")]
    public void Asn_accepts(string value) => Valid("asn", value);

    [Theory]
    [InlineData("AS0", "'AS0' is not an AS number: AS0 is reserved and names no autonomous system")]
    [InlineData("0", "'0' is not an AS number: AS0 is reserved and names no autonomous system")]
    [InlineData("AS4294967296", "'AS4294967296' is not an AS number: 4294967296 is above 4294967295, the largest AS number")]
    [InlineData("AS99999999999999999999", "'AS99999999999999999999' is not an AS number: 99999999999999999999 is above 4294967295, the largest AS number")]
    [InlineData("AS064500", "'AS064500' is not an AS number: 064500 has a leading zero")]
    [InlineData("AS", "'AS' is not an AS number: the number after AS is missing")]
    [InlineData("ASN64500", "'ASN64500' is not an AS number: 'N64500' is not a number")]
    [InlineData("AS 64500", "'AS 64500' is not an AS number: it contains spaces or control characters")]
    [InlineData("AS1.10", "'AS1.10' is not an AS number: it is in asdot notation; write it as 65546")]
    [InlineData("-1", "'-1' is not an AS number: '-1' is not a number")]
    public void Asn_rejects(string value, string message) => Invalid("asn", value, message);

    // ---------------------------------------------------------------- kinds

    [Fact]
    public void An_unknown_kind_is_the_callers_error()
    {
        var error = Assert.Throws<ArgumentException>(() => IndicatorValidator.Validate("ip", "198.51.100.7"));
        Assert.StartsWith("'ip' is not an indicator kind (ipv4, ipv6, cidr, domain, url, email, md5, sha1, sha256, file-name, asn).", error.Message);
    }

    [Fact]
    public void The_message_names_the_refanged_value_and_the_kind()
    {
        Assert.Equal("'198.51.100.300' is not an IPv4 address: 300 is above 255", IndicatorValidator.Validate(IndicatorKinds.Ipv4, "198.51.100[.]300"));
        Assert.Equal("'x' is not an IPv4 address: why", IndicatorValidator.Message(IndicatorKinds.Ipv4, "x", "why"));
    }
}
