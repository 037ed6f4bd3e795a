namespace IncidentLang.Syntax;

/// <summary>
/// An identifier used as a value: a reference to a declaration (<c>wsj</c>), a vocabulary value
/// (<c>moderate</c>) or a country code (<c>CN</c>); the binder decides which from the property.
/// A value missing after <c>:</c> is a missing identifier.
/// </summary>
public sealed class NameValueSyntax : ValueSyntax
{
    public NameValueSyntax(SyntaxToken identifier) => Identifier = Adopt(identifier);

    public override SyntaxKind Kind => SyntaxKind.NameValue;

    public SyntaxToken Identifier { get; }

    public override int ChildCount => 1;

    public override SyntaxNode GetChild(int index) => index == 0 ? Identifier : throw new ArgumentOutOfRangeException(nameof(index));
}
