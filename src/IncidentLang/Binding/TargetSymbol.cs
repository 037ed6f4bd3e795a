using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>A <c>target</c>: who or what was targeted.</summary>
public sealed class TargetSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Target;

    public string DisplayName => GetString("name") ?? Name;

    public string TargetKind => GetEnumOrDefault("kind")!;

    public string? Sector => GetEnum("sector")?.Name;

    public string? Country => GetString("country");
}
