using IncidentLang.Binding;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Indicators;

/// <summary>The table of kinds against v2 §4 and §5, and docs/indicators.md against the table.</summary>
public sealed class IndicatorKindsTests
{
    [Fact]
    public void The_kinds_of_the_spec_in_its_order() =>
        Assert.Equal(["ipv4", "ipv6", "cidr", "domain", "url", "email", "md5", "sha1", "sha256", "file-name", "asn"], IndicatorKinds.All.Select(k => k.Name));

    [Fact]
    public void INC2013_checks_the_kinds_that_renderers_link() =>
        Assert.Equal(["ipv4", "ipv6", "domain", "url", "email"], IndicatorKinds.All.Where(k => k.IsLinkable).Select(k => k.Name));

    [Fact]
    public void Every_example_is_valid_and_already_refanged()
    {
        foreach (var kind in IndicatorKinds.All)
        {
            Assert.Null(kind.Check(kind.Example));
            Assert.Equal(kind.Example, Defanging.Refang(kind.Example));
        }
    }

    [Fact]
    public void Lookup_is_by_exact_name()
    {
        Assert.Same(IndicatorKinds.FileName, IndicatorKinds.Find("file-name"));
        Assert.Null(IndicatorKinds.Find("IPv4"));
        Assert.Null(IndicatorKinds.Find("sha-256"));
        Assert.Same(IndicatorKinds.Sha256, IndicatorKinds.Get("sha256"));
    }

    [Fact]
    public void Labels_and_nouns_read_as_written_in_a_report()
    {
        Assert.Equal(["IPv4", "IPv6", "CIDR", "Domain", "URL", "Email", "MD5", "SHA-1", "SHA-256", "File name", "ASN"], IndicatorKinds.All.Select(k => k.Label));
        Assert.Equal("ipv4", IndicatorKinds.Ipv4.ToString());
        Assert.All(IndicatorKinds.All, k => Assert.Matches("^(a|an) ", k.Noun));
    }

    [Fact]
    public void The_documentation_describes_every_kind()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "indicators.md"));
        foreach (var kind in IndicatorKinds.All)
        {
            Assert.Contains($"| `{kind.Name}` |", doc, StringComparison.Ordinal);
            Assert.Contains($"`{kind.StixPattern(kind.Example)}`", doc, StringComparison.Ordinal);
            Assert.Contains($"`{Defanging.Defang(kind, kind.Example)}`", doc, StringComparison.Ordinal);
        }
    }
}
