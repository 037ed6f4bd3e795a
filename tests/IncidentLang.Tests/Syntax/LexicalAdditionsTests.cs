using IncidentLang.Syntax;

namespace IncidentLang.Tests.Syntax;

/// <summary>The lexical additions of the v2 language (docs/language.md, "Lexical structure"): dotted identifiers, grouped 64-bit integers, decimals, the new keywords.</summary>
public sealed class LexicalAdditionsTests
{
    private static List<SyntaxToken> Tokens(string text) =>
        [.. SyntaxTree.Parse(text).Root.DescendantTokens().Where(t => t.Kind != SyntaxKind.EndOfFileToken)];

    [Theory]
    [InlineData("T1078.004")]
    [InlineData("T1190")]
    [InlineData("CVE-2023-34362")]
    [InlineData("G1045")]
    [InlineData("a.1-b.22")]
    public void A_dotted_or_hyphenated_identifier_is_one_token(string text)
    {
        var token = Assert.Single(Tokens("incident x { y: " + text + " }"), t => t.Kind == SyntaxKind.IdentifierToken && t.Text != "x" && t.Text != "y");
        Assert.Equal(text, token.Text);
    }

    [Fact]
    public void A_dot_not_followed_by_digits_does_not_continue_an_identifier()
    {
        var tree = SyntaxTree.Parse("incident x { y: example.com }");
        Assert.Contains(tree.Diagnostics, d => d.Id == "INC0001");
    }

    [Theory]
    [InlineData("190_000_000", 190_000_000L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("0", 0L)]
    public void Integers_are_64_bit_and_may_group_digits(string text, long value)
    {
        var token = Assert.Single(Tokens("incident x { y: " + text + " }"), t => t.Kind == SyntaxKind.IntegerLiteralToken);
        Assert.Equal(value, token.Value);
        Assert.False(token.HasLiteralError);
    }

    [Fact]
    public void An_integer_beyond_64_bits_is_INC0007_at_the_number()
    {
        var tree = SyntaxTree.Parse("incident x { y: 9223372036854775808 }");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("INC0007", diagnostic.Id);
        Assert.Equal(16, diagnostic.Location.Span.Start);
        Assert.Equal(19, diagnostic.Location.Span.Length);
    }

    [Theory]
    [InlineData("9.8", "9.8")]
    [InlineData("0.25", "0.25")]
    [InlineData("22_000_000.50", "22000000.50")]
    public void Decimals_are_exact(string text, string expected)
    {
        var token = Assert.Single(Tokens("incident x { y: " + text + " }"), t => t.Kind == SyntaxKind.DecimalLiteralToken);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), token.Value);
    }

    [Theory]
    [InlineData("party", DeclarationKind.Party)]
    [InlineData("malware", DeclarationKind.Malware)]
    [InlineData("tool", DeclarationKind.Tool)]
    [InlineData("vulnerability", DeclarationKind.Vulnerability)]
    [InlineData("indicator", DeclarationKind.Indicator)]
    [InlineData("recommendation", DeclarationKind.Recommendation)]
    [InlineData("revision", DeclarationKind.Revision)]
    public void The_new_keywords_start_declarations_and_are_property_names_before_a_colon(string keyword, DeclarationKind kind)
    {
        var tree = SyntaxTree.Parse($"incident i {{ {keyword} x {{ {keyword}: [a] }} }}");
        Assert.Empty(tree.Diagnostics);
        var declaration = Assert.Single(tree.Root.Declarations[0].NestedDeclarations);
        Assert.Equal(kind, declaration.DeclarationKind);
        Assert.Equal(keyword, Assert.Single(declaration.Properties).Name.Text);
        Assert.Equal(keyword, SyntaxFacts.GetKeywordText(kind));
    }
}
