using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using IncidentLang.Text;

namespace IncidentLang.Tests.Syntax;

/// <summary>An incremental re-parse gives exactly the tree a full parse gives, for random edits anywhere.</summary>
public sealed class IncrementalReparserTests
{
    [Fact]
    public void Random_edits_give_the_same_tree_as_a_full_parse()
    {
        var original = File.ReadAllText(Path.Combine(TestPaths.Examples, "salt-typhoon.inc"));
        string[] insertions = ["x", " ", "\n", "\"", "}", "{", "// c\n", "/*", "2024-11-15", "-", ",", ":", "claim", "[a, b]", string.Empty];
        var random = new Random(1115);
        var tree = SyntaxTree.Parse(original, "salt-typhoon.inc");
        var incremental = 0;
        for (var i = 0; i < 300; i++)
        {
            var text = tree.Text.Text;
            var start = random.Next(text.Length);
            var length = random.Next(3) == 0 ? random.Next(Math.Min(12, text.Length - start)) : 0;
            var insert = insertions[random.Next(insertions.Length)];
            var edited = tree.WithChange(new TextSpan(start, length), insert);
            var full = SyntaxTree.Parse(SourceText.From(edited.Text.Text, "salt-typhoon.inc"));
            Assert.Equal(full.Root.ToFullString(), edited.Root.ToFullString());
            Assert.Equal(TokenDumper.Dump(full), TokenDumper.Dump(edited));
            Assert.Equal(full.Diagnostics.Select(d => d.ToString()), edited.Diagnostics.Select(d => d.ToString()));
            if (tree.Diagnostics.IsEmpty && edited.Diagnostics.IsEmpty)
            {
                incremental++;
            }

            // Keep the document mostly valid: go back to the original after an edit that broke it.
            tree = edited.Diagnostics.IsEmpty ? edited : SyntaxTree.Parse(original, "salt-typhoon.inc");
        }

        Assert.True(incremental > 50, $"only {incremental} edits stayed valid");
    }

    [Fact]
    public void An_edit_inside_a_claim_keeps_the_other_declarations_positions_shifted()
    {
        var tree = SyntaxTree.Parse("incident x {\n  claim a {\n    text: \"one\"\n  }\n\n  claim b {\n    text: \"two\"\n  }\n}\n");
        var at = tree.Text.Text.IndexOf("one", StringComparison.Ordinal);
        var edited = tree.WithChange(new TextSpan(at, 3), "three");
        var b = edited.Root.Declarations[0].NestedDeclarations.Last();
        Assert.Equal(edited.Text.Text.IndexOf("claim b", StringComparison.Ordinal), b.Keyword.Position);
        Assert.Equal("three", ((LiteralValueSyntax)edited.Root.Declarations[0].NestedDeclarations.First().Properties.Single().Value).Token.Value);
        Assert.All(edited.Root.DescendantTokens(), t => Assert.Equal(edited.Text.ToString(t.Span), t.Text));
    }
}
