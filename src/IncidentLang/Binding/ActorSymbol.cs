using System.Collections.Immutable;
using IncidentLang.Attack;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>An <c>actor</c>: who did it, or is said to have.</summary>
public sealed class ActorSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Actor;

    public override string DisplayName => GetString(ActorProperties.Name) ?? Name;

    public ActorKindValue ActorKind => GetEnumOrDefault<ActorKindValue>(ActorProperties.Kind);

    public ImmutableArray<string> Aliases => GetStrings(ActorProperties.Aliases);

    public string? Country => GetString(ActorProperties.Country);

    public MotiveValue? Motive => GetEnum<MotiveValue>(ActorProperties.Motive);

    public AttackGroup? AttackGroup => GetProperty(ActorProperties.AttackId)?.Single?.Value as AttackGroup;
}
