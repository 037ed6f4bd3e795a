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

    public override int ChildCount => Declarations.Length + 1;

    public override SyntaxNode GetChild(int index) =>
        (uint)index < (uint)Declarations.Length ? Declarations[index]
        : index == Declarations.Length ? EndOfFileToken
        : throw new ArgumentOutOfRangeException(nameof(index));
}
