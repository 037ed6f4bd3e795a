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

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
        yield return Colon;
        yield return Value;
    }
}
