namespace IncidentLang.Syntax;

/// <summary>A string, date or integer literal.</summary>
public sealed class LiteralValueSyntax : ValueSyntax
{
    public LiteralValueSyntax(SyntaxToken token) => Token = Adopt(token);

    public override SyntaxKind Kind => SyntaxKind.LiteralValue;

    public SyntaxToken Token { get; }

    public override int ChildCount => 1;

    public override SyntaxNode GetChild(int index) => index == 0 ? Token : throw new ArgumentOutOfRangeException(nameof(index));
}
