using IncidentLang.Binding;

namespace IncidentLang.Tests.Indicators;

/// <summary>Refanging what analysts write, the canonical defanged display, and the round trip between them.</summary>
public sealed class DefangingTests
{
    [Theory]
    [InlineData("hxxps://example[.]com/path", "https://example.com/path")]
    [InlineData("hxxp://example[.]com", "http://example.com")]
    [InlineData("hXXps://example.com", "https://example.com")]
    [InlineData("hXXp://example.com", "http://example.com")]
    [InlineData("HXXPS://EXAMPLE[.]COM", "HTTPS://EXAMPLE.COM")]
    [InlineData("Hxxps://example.com", "Https://example.com")]
    [InlineData("hxxps[://]example[.]com", "https://example.com")]
    [InlineData("hxxps[:]//example[.]com", "https://example.com")]
    [InlineData("https[:]//example[.]com", "https://example.com")]
    [InlineData("198.51.100[.]7", "198.51.100.7")]
    [InlineData("198(.)51(.)100(.)7", "198.51.100.7")]
    [InlineData("198{.}51{.}100{.}7", "198.51.100.7")]
    [InlineData("example[dot]com", "example.com")]
    [InlineData("example[DOT]com", "example.com")]
    [InlineData("2001[:]db8[:][:]1", "2001:db8::1")]
    [InlineData("user[@]example[.]com", "user@example.com")]
    [InlineData("user(@)example(.)com", "user@example.com")]
    [InlineData("user[at]example[.]com", "user@example.com")]
    [InlineData("user[AT]example[.]com", "user@example.com")]
    [InlineData("https://example.com/?u=hxxp://other[.]example", "https://example.com/?u=http://other.example")]
    public void Refang_undoes_the_common_forms(string defanged, string live) => Assert.Equal(live, Defanging.Refang(defanged));

    [Theory]
    [InlineData("example.com")]
    [InlineData("hxxpd://example.com")] // not a defanged scheme
    [InlineData("ahxxp://example.com")] // hxxp inside a word
    [InlineData("hxxp")] // no ':' after it
    [InlineData("[.")]
    [InlineData("(dot)")] // not a supported mark
    [InlineData("")]
    public void Refang_leaves_everything_else(string value) => Assert.Same(value, Defanging.Refang(value));

    [Theory]
    [InlineData("ipv4", "198.51.100.7", "198.51.100[.]7")]
    [InlineData("ipv6", "2001:db8::1", "2001[:]db8[:][:]1")]
    [InlineData("ipv6", "::ffff:198.51.100.7", "[:][:]ffff[:]198.51.100.7")]
    [InlineData("cidr", "198.51.100.0/24", "198.51.100[.]0/24")]
    [InlineData("cidr", "2001:db8::/32", "2001[:]db8[:][:]/32")]
    [InlineData("domain", "example.com", "example[.]com")]
    [InlineData("domain", "www.malicious.example.com", "www[.]malicious[.]example[.]com")]
    [InlineData("url", "https://example.com/path", "hxxps://example[.]com/path")]
    [InlineData("url", "http://www.example.com/a.php?x=y.z#f.g", "hxxp://www[.]example[.]com/a.php?x=y.z#f.g")]
    [InlineData("url", "HTTPS://EXAMPLE.COM/", "HXXPS://EXAMPLE[.]COM/")]
    [InlineData("url", "https://example.com:8443", "hxxps://example[.]com:8443")]
    [InlineData("url", "http://198.51.100.7:8080/x.bin", "hxxp://198.51.100[.]7:8080/x.bin")]
    [InlineData("url", "http://[2001:db8::1]:8080/x", "hxxp://[2001:db8::1]:8080/x")]
    [InlineData("url", "https://paypal.com@malicious.example/", "hxxps://paypal.com@malicious[.]example/")]
    [InlineData("email", "user@example.com", "user[@]example[.]com")]
    [InlineData("email", "first.last@mail.example.com", "first.last[@]mail[.]example[.]com")]
    [InlineData("md5", "d41d8cd98f00b204e9800998ecf8427e", "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("file-name", "human2.aspx", "human2.aspx")]
    [InlineData("asn", "AS64500", "AS64500")]
    public void Defang_writes_the_canonical_form(string kind, string value, string defanged) => Assert.Equal(defanged, Defanging.Defang(kind, value));

    [Theory]
    [InlineData("ipv4", "198.51.100[.]7")]
    [InlineData("domain", "example[.]com")]
    [InlineData("domain", "www.example[.]com")]
    [InlineData("url", "hXXps[://]example.com/path")]
    [InlineData("email", "user[at]example[.]com")]
    public void Defanging_a_defanged_value_gives_the_canonical_form(string kind, string written)
    {
        var canonical = Defanging.Defang(kind, written);
        Assert.Equal(canonical, Defanging.Defang(kind, canonical));
        Assert.Equal(Defanging.Defang(kind, Defanging.Refang(written)), canonical);
    }

    [Fact]
    public void Defang_of_an_unknown_kind_is_the_callers_error() => Assert.Throws<ArgumentException>(() => Defanging.Defang("hostname", "example.com"));

    [Fact]
    public void Every_defanged_linkable_value_differs_from_the_live_one()
    {
        foreach (var kind in IndicatorKinds.All.Where(k => k.IsLinkable))
        {
            Assert.NotEqual(kind.Example, Defanging.Defang(kind, kind.Example));
            Assert.Empty(LiveIndicatorFinder.Find("See " + Defanging.Defang(kind, kind.Example) + ".", kind, kind.Example));
        }
    }

    /// <summary>Refang(Defang(x)) == x, and the defanged form is still valid, for many valid values of every kind.</summary>
    [Fact]
    public void Refang_undoes_Defang_for_valid_values()
    {
        var random = new Random(20240221);
        var checkedValues = 0;
        foreach (var kind in IndicatorKinds.All)
        {
            for (var i = 0; i < 300; i++)
            {
                var value = RandomValue(kind, random);
                Assert.True(kind.Check(value) is null, $"{kind.Name} '{value}': {kind.Check(value)}");
                var defanged = Defanging.Defang(kind, value);
                Assert.Equal(value, Defanging.Refang(defanged));
                Assert.Null(IndicatorValidator.Validate(kind, defanged));
                checkedValues++;
            }
        }

        Assert.Equal(300 * IndicatorKinds.All.Length, checkedValues);
    }

    private static string RandomValue(IndicatorKind kind, Random random)
    {
        string Octet() => random.Next(256).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string Ipv4() => string.Join('.', Octet(), Octet(), Octet(), Octet());
        string Group() => random.Next(0x10000).ToString(random.Next(2) == 0 ? "x" : "X", System.Globalization.CultureInfo.InvariantCulture);
        string Ipv6()
        {
            var groups = Enumerable.Range(0, 8).Select(_ => Group()).ToList();
            return random.Next(3) switch
            {
                0 => string.Join(':', groups),
                1 => string.Join(':', groups.Take(random.Next(1, 4))) + "::" + string.Join(':', groups.Skip(5).Take(random.Next(0, 3))),
                _ => "::ffff:" + Ipv4(),
            };
        }

        string Label()
        {
            const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
            var length = random.Next(1, 20);
            var chars = Enumerable.Range(0, length).Select(_ => Letters[random.Next(Letters.Length)]).ToArray();
            if (length > 2 && random.Next(3) == 0)
            {
                chars[random.Next(1, length - 1)] = '-';
            }

            return new string(chars);
        }

        string Domain() => string.Join('.', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Label()).Append(random.Next(4) == 0 ? "bücher" : "example").Append(new[] { "com", "org", "example", "xn--p1ai" }[random.Next(4)]));
        string Hex(int digits) => string.Concat(Enumerable.Range(0, digits).Select(_ => "0123456789abcdefABCDEF"[random.Next(22)]));

        return kind.Name switch
        {
            "ipv4" => Ipv4(),
            "ipv6" => Ipv6(),
            "cidr" => random.Next(2) == 0 ? $"{Ipv4()}/{random.Next(33)}" : $"{Ipv6()}/{random.Next(129)}",
            "domain" => Domain(),
            "url" => $"{new[] { "http", "https", "HTTPS", "Http" }[random.Next(4)]}://{new[] { Domain(), Ipv4(), "[" + Ipv6() + "]", Domain() + ":8443", "user.name@" + Domain() }[random.Next(5)]}{new[] { "", "/", "/a.php", "/dir/file.tar.gz?x=1.2&y=a@b#frag.ment" }[random.Next(4)]}",
            "email" => $"{Label()}{(random.Next(2) == 0 ? "." + Label() : "")}@{Domain()}",
            "md5" => Hex(32),
            "sha1" => Hex(40),
            "sha256" => Hex(64),
            "file-name" => Label() + new[] { ".exe", ".aspx", ".tar.gz", "", ".dll" }[random.Next(5)],
            "asn" => (random.Next(2) == 0 ? "AS" : "") + ((uint)random.NextInt64(1, 4294967296L)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"No generator for {kind.Name}"),
        };
    }
}
