using System.Collections.Immutable;
using IncidentLang.Attack;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>A <c>recommendation</c>: an action for defenders (the name is optional).</summary>
public sealed class RecommendationSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Recommendation;

    public string Text => GetString(RecommendationProperties.Text) ?? string.Empty;

    public VocabularyValue Priority => GetEnumOrDefault<VocabularyValue>(RecommendationProperties.Priority);

    public ImmutableArray<AttackTechnique> Techniques => GetValues<AttackTechnique>(RecommendationProperties.Techniques);

    public ImmutableArray<SourceSymbol> Sources => GetReferences<SourceSymbol>(RecommendationProperties.Sources);
}
