namespace IncidentLang.Syntax;

/// <summary>A string, date or integer literal.</summary>
public sealed class LiteralValueSyntax : ValueSyntax
{
    public LiteralValueSyntax(SyntaxToken token) => Token = Adopt(token);

    public override SyntaxKind Kind => SyntaxKind.LiteralValue;

    public SyntaxToken Token { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Token;
    }
}
