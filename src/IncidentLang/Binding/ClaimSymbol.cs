using System.Collections.Immutable;
using IncidentLang.Attack;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>A <c>claim</c>: an assertion the report makes.</summary>
public sealed class ClaimSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Claim;

    public string Text => GetString(ClaimProperties.Text) ?? string.Empty;

    public ImmutableArray<ActorSymbol> Actors => GetReferences<ActorSymbol>(ClaimProperties.Actors);

    public ImmutableArray<TargetSymbol> Targets => GetReferences<TargetSymbol>(ClaimProperties.Targets);

    public ImmutableArray<SourceSymbol> Sources => GetReferences<SourceSymbol>(ClaimProperties.Sources);

    public VocabularyValue? Action => GetEnum<VocabularyValue>(ClaimProperties.Action);

    public Confidence? Confidence => GetProperty(ClaimProperties.Confidence)?.Single?.Value as Confidence;

    public LikelihoodValue? Likelihood => GetEnum<LikelihoodValue>(ClaimProperties.Likelihood);

    public CredibilityGrade? Credibility => GetInteger(ClaimProperties.Credibility) is { } grade ? Vocabularies.Credibilities[(int)grade - 1] : null;

    public ImmutableArray<AttackTechnique> Techniques => GetValues<AttackTechnique>(ClaimProperties.Techniques);

    public ImmutableArray<SoftwareSymbol> Software => GetReferences<SoftwareSymbol>(ClaimProperties.Software);

    public ImmutableArray<VulnerabilitySymbol> Vulnerabilities => GetReferences<VulnerabilitySymbol>(ClaimProperties.Vulnerabilities);

    public ImmutableArray<IndicatorSymbol> Indicators => GetReferences<IndicatorSymbol>(ClaimProperties.Indicators);

    public DateValue? FirstSeen => GetDate(ClaimProperties.FirstSeen);

    public DateValue? LastSeen => GetDate(ClaimProperties.LastSeen);
}
