using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using IncidentLang.Text;

namespace IncidentLang.Tests.Syntax;

public sealed class SyntaxParserTests
{
    [Fact]
    public void INC0008_invalid_utf8_is_reported_at_each_replacement()
    {
        // "title: \"caf\xE9\"" saved as Latin-1, and a lone continuation byte in a comment.
        byte[] bytes = [.. "incident x { title: \"caf"u8, 0xE9, .. "\" } // \x80"u8, 0x80];
        var text = SourceText.FromBytes(bytes, "latin1.inc");
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text.Text, tree.Root.ToFullString());
        var diagnostics = tree.Diagnostics.Where(d => d.Id == "INC0008").ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(new TextSpan(24, 1), diagnostics[0].Location.Span);
        Assert.Equal('\uFFFD', text[24]);
    }

    [Fact]
    public void A_bom_is_dropped_and_positions_start_after_it()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "incident x {}"u8];
        var text = SourceText.FromBytes(bytes, "bom.inc");
        Assert.Equal("incident x {}", text.Text);
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(0, tree.Root.Declarations[0].Keyword.Position);
    }

    [Fact]
    public void Crlf_line_ends_give_one_based_lines_and_utf16_columns()
    {
        var text = "incident x {\r\n  title: \"😀\" bogus\r\n}";
        var diagnostics = SyntaxTree.Parse(text, "crlf.inc").Diagnostics;
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("crlf.inc(2,20): error INC0004: Expected ':'", diagnostic.ToString());
    }

    [Fact]
    public void A_missing_colon_is_reported_once_and_the_value_is_kept()
    {
        var tree = SyntaxTree.Parse("incident x {\n  event {\n    date 2024-11-15\n    text: \"t\"\n  }\n}");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("INC0004", diagnostic.Id);
        var property = tree.Root.Declarations[0].NestedDeclarations.Single().Properties.First();
        Assert.True(property.Colon.IsMissing);
        Assert.Equal("2024-11-15", ((DateValue)((LiteralValueSyntax)property.Value).Token.Value!).Iso);
    }

    [Fact]
    public void A_keyword_followed_by_a_colon_is_a_property_name()
    {
        var tree = SyntaxTree.Parse("incident x { claim c { actor: a text: \"t\" } }");
        Assert.Empty(tree.Diagnostics);
        var claim = tree.Root.Declarations[0].NestedDeclarations.Single();
        Assert.Equal(["actor", "text"], claim.Properties.Select(p => p.Name.Text));
        Assert.Equal(SyntaxKind.ActorKeyword, claim.Properties.First().Name.Kind);
    }

    [Fact]
    public void Triple_quoted_strings_remove_the_closing_indentation_and_process_no_escapes()
    {
        var tree = SyntaxTree.Parse("incident x {\n  summary: \"\"\"\n    First line \\n\n      indented\n    \"\"\"\n}");
        Assert.Empty(tree.Diagnostics);
        var value = (LiteralValueSyntax)tree.Root.Declarations[0].Properties.Single().Value;
        Assert.Equal("First line \\n\n  indented", value.Token.Value);
    }

    [Theory]
    [InlineData("\"a\\\"b\\\\c\\nd\\te\\rf\\u{1F600}\"", "a\"b\\c\nd\te\rf😀")]
    [InlineData("\"‮bidi stays text\"", "‮bidi stays text")]
    public void String_escapes_decode(string literal, string expected)
    {
        var tree = SyntaxTree.Parse("incident x { title: " + literal + " }");
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(expected, ((LiteralValueSyntax)tree.Root.Declarations[0].Properties.Single().Value).Token.Value);
    }

    [Theory]
    [InlineData("2024", "2024", DatePrecision.Year)]
    [InlineData("2024-10", "2024-10", DatePrecision.Month)]
    [InlineData("2024-02-29", "2024-02-29", DatePrecision.Day)]
    [InlineData("2024-11-15T14:30Z", "2024-11-15T14:30:00Z", DatePrecision.DateTime)]
    [InlineData("2024-11-15T14:30:05.250+01:00", "2024-11-15T13:30:05.250Z", DatePrecision.DateTime)]
    public void Dates_keep_their_precision(string literal, string iso, DatePrecision precision)
    {
        var compilation = TestCompiler.Compile($"incident x {{ title: \"t\" summary: \"s\" reported: {literal} }}");
        Assert.Empty(compilation.GetDiagnostics());
        var reported = compilation.Bound.Incidents[0].Reported!;
        Assert.Equal(iso, reported.Iso);
        Assert.Equal(precision, reported.Precision);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13")]
    [InlineData("2024-11-15T24:00Z")]
    [InlineData("2024-11-15T10:00+15:00")]
    [InlineData("0001-01-01T00:00+14:00")]
    [InlineData("9999-12-31T23:00-05:00")]
    public void Impossible_dates_are_INC0006(string literal)
    {
        var diagnostic = Assert.Single(SyntaxTree.Parse($"incident x {{ reported: {literal} }}").Diagnostics);
        Assert.Equal("INC0006", diagnostic.Id);
        Assert.Equal(literal.Length, diagnostic.Location.Span.Length);
    }

    [Fact]
    public void An_unterminated_triple_quoted_string_is_reported_at_its_opening_quotes()
    {
        var tree = SyntaxTree.Parse("incident x {\n  summary: \"\"\"\n  never closed\n");
        var unterminated = Assert.Single(tree.Diagnostics, d => d.Id == "INC0002");
        Assert.Equal(new TextSpan(24, 3), unterminated.Location.Span);
        Assert.Single(tree.Diagnostics, d => d.Id == "INC0004"); // the incident's '}'
    }

    [Fact]
    public void Comments_are_trivia_of_the_nearest_token()
    {
        var tree = SyntaxTree.Parse("// lead\nincident x { // trailing\n}");
        var keyword = tree.Root.Declarations[0].Keyword;
        Assert.Equal(SyntaxKind.SingleLineCommentTrivia, keyword.LeadingTrivia[0].Kind);
        var open = tree.Root.Declarations[0].OpenBrace;
        Assert.Contains(open.TrailingTrivia, t => t.Kind == SyntaxKind.SingleLineCommentTrivia && t.Text == "// trailing");
    }

    [Fact]
    public void A_backslash_ending_an_unterminated_string_is_one_INC0002()
    {
        var diagnostic = Assert.Single(SyntaxTree.Parse("incident x { title: \"abc\\\n}").Diagnostics);
        Assert.Equal("INC0002", diagnostic.Id);
    }

    [Fact]
    public void A_keyword_where_a_name_belongs_is_one_diagnostic()
    {
        var diagnostic = Assert.Single(IncidentLang.Tests.Infrastructure.TestCompiler.Diagnose("actor incident {\n  name: \"x\"\n}\n"));
        Assert.Equal("INC0005", diagnostic.Id);
    }
}
