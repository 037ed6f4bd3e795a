using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>An <c>actor</c>: who did it, or is said to have.</summary>
public sealed class ActorSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Actor;

    public string DisplayName => GetString("name") ?? Name;

    public string ActorKind => GetEnumOrDefault("kind")!;

    public ImmutableArray<string> Aliases => GetStrings("aliases");

    public string? Country => GetString("country");

    public string? Motive => GetEnum("motive")?.Name;
}
