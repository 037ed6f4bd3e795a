using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>A <c>party</c>: a person or organisation that speaks or acts but is neither actor nor target.</summary>
public sealed class PartySymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Party;

    public override string DisplayName => GetString(PartyProperties.Name) ?? Name;

    public PartyKindValue PartyKind => GetEnumOrDefault<PartyKindValue>(PartyProperties.Kind);

    public string? Role => GetString(PartyProperties.Role);

    public Symbol? Affiliation => GetProperty(PartyProperties.Affiliation)?.Single?.Value as Symbol;

    public string? Country => GetString(PartyProperties.Country);
}
