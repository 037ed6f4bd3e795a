using IncidentLang.Binding;

namespace IncidentLang.Tests.Binding;

/// <summary>§5: a valid URL is an absolute RFC 3986 URI with scheme http or https and a non-empty host.</summary>
public sealed class UrlValidatorTests
{
    [Theory]
    [InlineData("https://www.cisa.gov/news-events/directives/ed-21-01")]
    [InlineData("http://example.org/a?b=c#d")]
    [InlineData("HTTPS://EXAMPLE.ORG/")]
    [InlineData("https://example.org/%22quoted%22")]
    public void Accepts(string url) => Assert.Null(UrlValidator.Check(url));

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("www.example.org/x", "it is not absolute (it needs a scheme such as https://)")]
    [InlineData("javascript:alert(1)", "the scheme 'javascript' is not http or https")]
    [InlineData("ftp://example.org/", "the scheme 'ftp' is not http or https")]
    [InlineData("https:///path", "it is not a well-formed absolute URI")]
    [InlineData("https://example.org/a b", "it contains spaces or control characters")]
    [InlineData("https://example.org/?q=\"><script>", "the character '\"' is not allowed in a URI (percent-encode it)")]
    [InlineData("https://exa\u200bmple.org/", "it contains the invisible character U+200B")]
    [InlineData("https://example.org/\u202egpj.exe", "it contains the invisible character U+202E")]
    [InlineData("https://micro\u00adsoft.com/", "it contains the invisible character U+00AD")]
    public void Rejects(string url, string reason) => Assert.Equal(reason, UrlValidator.Check(url));
}
