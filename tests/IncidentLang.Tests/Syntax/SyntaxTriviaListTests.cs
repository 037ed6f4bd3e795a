using IncidentLang.Syntax;
using Xunit;

namespace IncidentLang.Tests.Syntax;

/// <summary>A token's trivia is a view of one array shared by the whole file: each token must see exactly its own part.</summary>
public sealed class SyntaxTriviaListTests
{
    [Fact]
    public void Each_token_sees_its_own_leading_and_trailing_trivia_of_the_shared_array()
    {
        var tree = SyntaxTree.Parse("// head\nincident x {  // after brace\n  title: \"t\"\n}\n");
        var tokens = tree.Root.DescendantTokens().ToList();

        var keyword = tokens[0];
        Assert.Equal(["// head", "\n"], keyword.LeadingTrivia.Select(t => t.Text));
        Assert.Equal([" "], keyword.TrailingTrivia.Select(t => t.Text));

        var open = tokens[2];
        Assert.Equal(SyntaxKind.OpenBraceToken, open.Kind);
        Assert.True(open.LeadingTrivia.IsEmpty);
        Assert.Equal(["  ", "// after brace", "\n"], open.TrailingTrivia.Select(t => t.Text));
        Assert.Equal(open.TrailingTrivia[^1].Span.End, open.FullSpan.End);

        // Every character of the file is in exactly one token or trivia, in order.
        Assert.Equal(tree.Text.ToString(), string.Concat(tokens.Select(t => string.Concat(t.LeadingTrivia.Select(x => x.Text)) + t.Text + string.Concat(t.TrailingTrivia.Select(x => x.Text)))));
    }

    [Fact]
    public void A_list_built_from_an_array_compares_by_content_and_refuses_an_index_outside_it()
    {
        var a = new SyntaxTriviaList([new SyntaxTrivia(SyntaxKind.WhitespaceTrivia, 3, " "), new SyntaxTrivia(SyntaxKind.EndOfLineTrivia, 4, "\n")]);
        var b = new SyntaxTriviaList([new SyntaxTrivia(SyntaxKind.WhitespaceTrivia, 3, " "), new SyntaxTrivia(SyntaxKind.EndOfLineTrivia, 4, "\n")]);

        Assert.Equal(2, a.Count);
        Assert.Equal(a, b);
        Assert.NotEqual(a, SyntaxTriviaList.Empty);
        Assert.True(default(SyntaxTriviaList).IsEmpty);
        Assert.Throws<ArgumentOutOfRangeException>(() => a[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntaxTriviaList.Empty[0]);
    }
}
