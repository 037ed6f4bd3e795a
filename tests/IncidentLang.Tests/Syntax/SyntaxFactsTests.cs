using IncidentLang.Syntax;

namespace IncidentLang.Tests.Syntax;

/// <summary>
/// The one identifier rule (<see cref="SyntaxFacts.IsValidIdentifier"/>) agrees with the lexer; the keyword texts and declaration
/// kinds written out in <see cref="SyntaxFacts"/> agree with <see cref="DeclarationKind"/>.
/// </summary>
public sealed class SyntaxFactsTests
{
    [Theory]
    [InlineData("salt-typhoon", true)]
    [InlineData("t-mobile", true)]
    [InlineData("cisa-aa23-158a", true)]
    [InlineData("_x", true)]
    [InlineData("A", true)]
    [InlineData("x-1", true)]
    [InlineData("a_b-c_d", true)]
    [InlineData("", false)]
    [InlineData("9a", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a--b", false)]
    [InlineData("a b", false)]
    [InlineData("a.b", false)]
    [InlineData("é", false)]
    [InlineData("abc\n", false)]
    [InlineData("incident", false)]
    [InlineData("event", false)]
    [InlineData("events", true)]
    public void IsValidIdentifier_is_true_exactly_for_text_the_lexer_reads_as_one_identifier(string text, bool valid)
    {
        Assert.Equal(valid, SyntaxFacts.IsValidIdentifier(text));
        // As a declaration's name: incident NAME { }
        var tokens = SyntaxTree.Parse("incident " + text + " { }").Root.DescendantTokens().Where(t => t.Kind != SyntaxKind.EndOfFileToken).ToList();
        var lexedAsOneIdentifier = tokens.Count == 4 && tokens[1].Kind == SyntaxKind.IdentifierToken && tokens[1].Text == text;
        Assert.Equal(valid, lexedAsOneIdentifier);
    }

    [Fact]
    public void The_declaration_kinds_written_out_are_the_enum_s_values_in_order()
    {
        Assert.Equal(Enum.GetValues<DeclarationKind>(), SyntaxFacts.AllDeclarationKinds);
    }

    [Fact]
    public void Each_keyword_text_is_its_declaration_kind_s_name_in_lower_case()
    {
        foreach (var kind in Enum.GetValues<DeclarationKind>())
        {
            Assert.Equal(kind.ToString().ToLowerInvariant(), SyntaxFacts.GetKeywordText(kind));
        }
    }
}
