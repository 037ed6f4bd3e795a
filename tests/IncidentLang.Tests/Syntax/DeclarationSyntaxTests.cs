using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Syntax;

/// <summary>
/// What a declaration node records when it is made (<see cref="DeclarationSyntax.DeclarationKind"/>,
/// <see cref="DeclarationSyntax.HasNestedDeclarations"/>) agrees with its keyword and members, on every path that makes one:
/// the error-free parser, the ANTLR path (a file with a syntax error) and the incremental reparser.
/// </summary>
public sealed class DeclarationSyntaxTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Examples, "*.inc", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(TestPaths.DiagnosticCases, "*.inc")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_recorded_kind_and_nesting_agree_with_the_keyword_and_the_members(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Root, file)).Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal);
        var tree = SyntaxTree.Parse(text, file);
        var edited = tree.WithChange(new IncidentLang.Text.TextSpan(text.Length, 0), "\n");
        foreach (var root in new[] { tree.Root, edited.Root })
        {
            foreach (var declaration in Declarations(root))
            {
                Assert.Equal(SyntaxFacts.GetDeclarationKind(declaration.Keyword.Kind) ?? DeclarationKind.Event, declaration.DeclarationKind);
                Assert.Equal(declaration.Members.Any(m => m is DeclarationSyntax), declaration.HasNestedDeclarations);
            }
        }
    }

    private static IEnumerable<DeclarationSyntax> Declarations(SyntaxNode node)
    {
        if (node is DeclarationSyntax declaration)
        {
            yield return declaration;
        }

        foreach (var child in node.GetChildren())
        {
            foreach (var nested in Declarations(child))
            {
                yield return nested;
            }
        }
    }
}
