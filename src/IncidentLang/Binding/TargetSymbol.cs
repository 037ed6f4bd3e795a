using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>A <c>target</c>: who or what was targeted.</summary>
public sealed class TargetSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Target;

    public override string DisplayName => GetString(TargetProperties.Name) ?? Name;

    public TargetKindValue TargetKind => GetEnumOrDefault<TargetKindValue>(TargetProperties.Kind);

    public VocabularyValue? Sector => GetEnum<VocabularyValue>(TargetProperties.Sector);

    public string? Country => GetString(TargetProperties.Country);
}
