using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>A <c>tool</c>: legitimate software an attacker used.</summary>
public sealed class ToolSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : SoftwareSymbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Tool;

    public override bool IsMalware => false;

    public override string DisplayName => GetString(ToolProperties.Name) ?? Name;

    public override ImmutableArray<string> Aliases => GetStrings(ToolProperties.Aliases);

    public override PropertyDefinition AttackIdProperty => ToolProperties.AttackId;
}
