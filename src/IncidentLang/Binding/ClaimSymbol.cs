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

    public ClaimKindValue ClaimKind => GetEnumOrDefault<ClaimKindValue>(ClaimProperties.Kind);

    /// <summary>Whether the claim is marked <c>key: true</c> (see <see cref="IncidentSymbol.KeyJudgements"/> for the v1 default).</summary>
    public bool IsMarkedKey => GetBoolean(ClaimProperties.Key) == true;

    public long? Count => GetInteger(ClaimProperties.Count);

    public string? Unit => GetString(ClaimProperties.Unit);

    public decimal? Amount => GetDecimal(ClaimProperties.Amount);

    public string? Currency => GetString(ClaimProperties.Currency);

    /// <summary>The report no longer stands by the claim: <c>withdrawn: true</c>, or superseded by another claim.</summary>
    public bool IsWithdrawn => GetBoolean(ClaimProperties.Withdrawn) == true || SupersededBy is not null;

    public ClaimSymbol? SupersededBy => GetProperty(ClaimProperties.SupersededBy)?.Single?.Value as ClaimSymbol;

    public DateValue? FirstSeen => GetDate(ClaimProperties.FirstSeen);

    public DateValue? LastSeen => GetDate(ClaimProperties.LastSeen);
}
