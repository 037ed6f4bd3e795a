using IncidentLang.Binding;
using IncidentLang.Syntax;

namespace IncidentLang;

/// <summary>
/// What a token of a tree denotes, as <see cref="SemanticModel.GetSymbolInfo(SyntaxToken)"/> answers:
/// the symbol a declaration's name declares, or the symbol a reference value (<c>sources: [wsj]</c>,
/// <c>by: x</c>) binds to; for any value, the property and the bound value it belongs to (a vocabulary
/// value, a country code, a string…); for a property's name, the property.
/// </summary>
/// <param name="Token">The token asked about; null when no token is at the position.</param>
/// <param name="Symbol">The declared or referenced symbol; null for anything else, and for a name that does not bind (undefined, or of the wrong kind).</param>
/// <param name="IsDeclaration">True when <paramref name="Token"/> is the name of <paramref name="Symbol"/>'s own declaration.</param>
/// <param name="Property">The bound property the token is the name or a value of; null when it is not in a property, or the property did not bind (unknown or duplicate).</param>
/// <param name="Value">The bound value the token is; null when it is not a value or the value has an error.</param>
public sealed record SymbolInfo(SyntaxToken? Token, Symbol? Symbol, bool IsDeclaration, BoundProperty? Property, BoundValue? Value)
{
    /// <summary>No token at the position.</summary>
    public static SymbolInfo None { get; } = new(null, null, false, null, null);

    /// <summary>True when the token is a resolved reference to <see cref="Symbol"/> (not its declaration).</summary>
    public bool IsReference => Symbol is not null && !IsDeclaration;
}
