using System.Collections.Immutable;

namespace IncidentLang.Syntax;

/// <summary>The root of a file: its top-level declarations and the end-of-file token (which carries the final trivia).</summary>
public sealed class CompilationUnitSyntax : SyntaxNode
{
    public CompilationUnitSyntax(ImmutableArray<DeclarationSyntax> declarations, SyntaxToken endOfFileToken)
    {
        foreach (var declaration in declarations)
        {
            Adopt(declaration);
        }

        Declarations = declarations;
        EndOfFileToken = Adopt(endOfFileToken);
    }

    public override SyntaxKind Kind => SyntaxKind.CompilationUnit;

    public ImmutableArray<DeclarationSyntax> Declarations { get; }

    public SyntaxToken EndOfFileToken { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var declaration in Declarations)
        {
            yield return declaration;
        }

        yield return EndOfFileToken;
    }
}
