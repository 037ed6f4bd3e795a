namespace IncidentLang.Syntax;

/// <summary><c>name: value</c>. The name is an identifier, or a keyword directly followed by a colon.</summary>
public sealed class PropertySyntax : MemberSyntax
{
    public PropertySyntax(SyntaxToken name, SyntaxToken colon, ValueSyntax value)
    {
        Name = Adopt(name);
        Colon = Adopt(colon);
        Value = Adopt(value);
    }

    public override SyntaxKind Kind => SyntaxKind.Property;

    public SyntaxToken Name { get; }

    public SyntaxToken Colon { get; }

    public ValueSyntax Value { get; }

    public override int ChildCount => 3;

    public override SyntaxNode GetChild(int index) => index switch
    {
        0 => Name,
        1 => Colon,
        2 => Value,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
