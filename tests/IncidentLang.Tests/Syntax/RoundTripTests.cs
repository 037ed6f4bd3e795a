using System.Text;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using IncidentLang.Text;

namespace IncidentLang.Tests.Syntax;

/// <summary>
/// The full-fidelity guarantee: printing the tree gives back the decoded text exactly, for every
/// test input, valid or not, and for generated garbage; token spans tile the text with no gap.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> AllInputFiles()
    {
        var data = new TheoryData<string>();
        foreach (var root in new[] { TestPaths.Examples, TestPaths.Baselines, TestPaths.DiagnosticCases })
        {
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*.inc", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(TestPaths.Root, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllInputFiles))]
    public void Every_input_file_round_trips(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Root, relativePath));
        AssertRoundTrips(SourceText.FromBytes(bytes, relativePath));
    }

    [Fact]
    public void Generated_token_soup_round_trips_without_exceptions()
    {
        string[] pieces =
        [
            "incident", "source", "actor", "target", "claim", "statement", "event", "{", "}", "[", "]", ":", ",",
            "name", "t-mobile", "-", "\"str\"", "\"open", "\"esc\\q\"", "\"\"\"\n  multi\n  \"\"\"", "\"\"\"", "2024-11-15", "2024-13-40",
            "2024", "99999999999", "2024-11-15T14:30Z", "// comment\n", "/* block */", "/*", " ", "\n", "\r\n", "\t", "@", "😀", "\u202e", "\uFFFD", ";",
        ];
        var random = new Random(20241115);
        for (var i = 0; i < 400; i++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 60);
            for (var j = 0; j < count; j++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    builder.Append(' ');
                }
            }

            var text = SourceText.From(builder.ToString(), $"soup{i}.inc");
            AssertRoundTrips(text);
            var compilation = Compilation.Create([SyntaxTree.Parse(text)], TestCompiler.Options);
            Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Id == "INC9999");
        }
    }

    [Fact]
    public void Deep_nesting_is_one_diagnostic_not_a_stack_overflow()
    {
        var deep = "incident x { tags: " + new string('[', 100_000) + new string(']', 100_000) + " }";
        var tree = SyntaxTree.Parse(deep);
        Assert.Equal(deep, tree.Root.ToFullString());
        var diagnostic = Assert.Single(tree.Diagnostics, d => d.Id == "INC0011");
        Assert.Equal(19 + SyntaxParser.MaxNestingDepth - 1, diagnostic.Location.Span.Start);
    }

    [Fact]
    public void Deeply_nested_declarations_are_handled()
    {
        var deep = string.Concat(Enumerable.Repeat("incident x { ", 50_000)) + string.Concat(Enumerable.Repeat("} ", 50_000));
        var tree = SyntaxTree.Parse(deep);
        Assert.Equal(deep, tree.Root.ToFullString());
    }

    internal static void AssertRoundTrips(SourceText text)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text.Text, tree.Root.ToFullString());
        var position = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            Assert.Equal(position, token.FullSpan.Start);
            Assert.Equal(text.ToString(token.Span), token.Text);
            position = token.FullSpan.End;
        }

        Assert.Equal(text.Length, position);
        AssertChildrenAreConsistent(tree.Root);
    }

    /// <summary>
    /// Every node's children by index (<see cref="SyntaxNode.ChildCount"/>, <see cref="SyntaxNode.GetChild"/>) are its children: they
    /// name it as their parent, tile its full span in order, give its first and last tokens, and an index out of range throws.
    /// </summary>
    private static void AssertChildrenAreConsistent(SyntaxNode root)
    {
        var stack = new Stack<SyntaxNode>([root]);
        while (stack.TryPop(out var node))
        {
            var tokens = node is SyntaxToken self ? [self] : node.DescendantTokens().ToList();
            Assert.Same(tokens.FirstOrDefault(), node is SyntaxToken ? node : node.GetFirstToken());
            Assert.Same(tokens.LastOrDefault(), node is SyntaxToken ? node : node.GetLastToken());
            Assert.Equal(node.ChildCount, node.GetChildren().Count());
            Assert.Throws<ArgumentOutOfRangeException>(() => node.GetChild(node.ChildCount));
            Assert.Throws<ArgumentOutOfRangeException>(() => node.GetChild(-1));
            var end = node.FullSpan.Start;
            for (var i = 0; i < node.ChildCount; i++)
            {
                var child = node.GetChild(i);
                Assert.Same(node, child.Parent);
                if (child.GetFirstToken() is not null || child is SyntaxToken)
                {
                    Assert.Equal(end, child.FullSpan.Start);
                    end = child.FullSpan.End;
                }

                stack.Push(child);
            }

            Assert.Equal(node.FullSpan.End, node.ChildCount == 0 ? node.FullSpan.End : end);
        }
    }
}
