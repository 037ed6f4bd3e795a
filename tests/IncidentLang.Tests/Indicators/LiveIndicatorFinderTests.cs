using IncidentLang.Binding;

namespace IncidentLang.Tests.Indicators;

/// <summary>INC2013's whole-token rule (v2 §5), character by character.</summary>
public sealed class LiveIndicatorFinderTests
{
    private static int[] Find(string prose, string value) => [.. LiveIndicatorFinder.Find(prose, value)];

    [Fact]
    public void The_spec_examples()
    {
        Assert.Equal([23], Find("The actor connected to 198.51.100.7.", "198.51.100.7"));
        Assert.Empty(Find("The actor connected to 198.51.100.70.", "198.51.100.7"));
    }

    [Theory]
    [InlineData("198.51.100.7", "198.51.100.7", 0)]
    [InlineData("at 198.51.100.7", "198.51.100.7", 3)]
    [InlineData("at 198.51.100.7.", "198.51.100.7", 3)] // a sentence's full stop
    [InlineData("at 198.51.100.7. Then", "198.51.100.7", 3)]
    [InlineData("at 198.51.100.7, then", "198.51.100.7", 3)]
    [InlineData("(198.51.100.7)", "198.51.100.7", 1)]
    [InlineData("\"198.51.100.7\"", "198.51.100.7", 1)]
    [InlineData("host 198.51.100.7:443", "198.51.100.7", 5)] // ':' does not join
    [InlineData("ip=198.51.100.7;", "198.51.100.7", 3)]
    [InlineData("example.com.", "example.com", 0)]
    [InlineData("Visit example.com...", "example.com", 6)] // '.' followed by '.', not a letter or digit
    [InlineData("`example.com`", "example.com", 1)]
    [InlineData("see https://example.com/x.", "https://example.com/x", 4)]
    [InlineData("mail user@example.com.", "user@example.com", 5)]
    [InlineData("a\u00a0example.com\u00a0b", "example.com", 2)] // no-break spaces
    public void Matches_a_whole_token(string prose, string value, int offset) => Assert.Equal([offset], Find(prose, value));

    [Theory]
    [InlineData("198.51.100.70", "198.51.100.7")] // followed by a digit
    [InlineData("198.51.100.7.5", "198.51.100.7")] // '.' followed by a digit
    [InlineData("1198.51.100.7", "198.51.100.7")] // preceded by a digit
    [InlineData("10.198.51.100.7", "198.51.100.7")] // preceded by '.' followed by a digit
    [InlineData("198.51.100.7/24", "198.51.100.7")] // followed by '/'
    [InlineData("x-198.51.100.7", "198.51.100.7")] // preceded by '-'
    [InlineData("198.51.100.7-x", "198.51.100.7")] // followed by '-'
    [InlineData("a_198.51.100.7", "198.51.100.7")] // '_'
    [InlineData("198.51.100.7_a", "198.51.100.7")]
    [InlineData("www.example.com", "example.com")] // a subdomain
    [InlineData("example.com.au", "example.com")] // '.' followed by a letter
    [InlineData("example.community", "example.com")]
    [InlineData("myexample.com", "example.com")]
    [InlineData("user@example.com", "example.com")] // preceded by '@'
    [InlineData("example.com@host", "example.com")] // followed by '@'
    [InlineData("https://example.com", "example.com")] // preceded by '/'
    [InlineData("example.com/path", "example.com")] // followed by '/'
    [InlineData("https://example.com/path/more", "https://example.com/path")]
    [InlineData("éexample.com", "example.com")] // a Unicode letter joins
    [InlineData("example.comé", "example.com")]
    [InlineData("example.com.é", "example.com")]
    [InlineData("example.com٣", "example.com")] // a Unicode digit joins
    [InlineData("198.51.100[.]7", "198.51.100.7")] // defanged: not live
    [InlineData("example[.]com", "example.com")]
    [InlineData("hxxps://example[.]com", "https://example.com")]
    public void Does_not_match_inside_a_longer_token(string prose, string value) => Assert.Empty(Find(prose, value));

    [Fact]
    public void Finds_every_occurrence_in_order()
    {
        const string Prose = "198.51.100.7 and 198.51.100.70 and (198.51.100.7) and 198.51.100.7.";
        Assert.Equal([0, 36, 54], Find(Prose, "198.51.100.7"));
    }

    [Fact]
    public void A_letter_outside_the_basic_plane_joins()
    {
        // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter written as a surrogate pair.
        Assert.Empty(Find("\U0001D400example.com", "example.com"));
        Assert.Empty(Find("example.com\U0001D400", "example.com"));
        Assert.Equal([3], Find("\U0001F600 example.com \U0001F600", "example.com")); // an emoji does not join
    }

    [Theory]
    [InlineData("domain", "Contact EXAMPLE.COM today", "example.com", 8)]
    [InlineData("email", "from User@Example.com", "user@example.com", 5)]
    [InlineData("ipv6", "from 2001:DB8::1 on", "2001:db8::1", 5)]
    public void Domains_emails_and_ipv6_ignore_case(string kind, string prose, string value, int offset) =>
        Assert.Equal(new[] { offset }, LiveIndicatorFinder.Find(prose, IndicatorKinds.Find(kind)!, value).ToArray());

    [Fact]
    public void Urls_compare_exactly()
    {
        Assert.Empty(LiveIndicatorFinder.Find("see https://example.com/Path", IndicatorKinds.Url, "https://example.com/path"));
        Assert.Equal(new[] { 4 }, LiveIndicatorFinder.Find("see https://example.com/path", IndicatorKinds.Url, "https://example.com/path").ToArray());
    }

    [Fact]
    public void An_empty_value_is_never_found() => Assert.Empty(Find("anything", ""));

    [Fact]
    public void Overlapping_candidates_are_each_judged()
    {
        // "a.a" occurs at 0 and 2 in "a.a.a"; each is joined to the other by a '.' followed by a letter.
        Assert.Empty(Find("a.a.a", "a.a"));
        Assert.Equal([0, 4], Find("a.a a.a", "a.a"));
    }
}
