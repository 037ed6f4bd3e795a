using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>An <c>indicator</c> of compromise.</summary>
public sealed class IndicatorSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Indicator;

    /// <summary>The kind; null when missing or in error (it is required).</summary>
    public IndicatorKind? IndicatorKind => GetEnum<IndicatorKind>(IndicatorProperties.Kind);

    /// <summary>The value as written (possibly defanged).</summary>
    public string? WrittenValue => GetString(IndicatorProperties.Value);

    /// <summary>The value refanged and checked against its kind; null when it is missing or does not match (INC1022).</summary>
    public string? Value => GetProperty(IndicatorProperties.Value) is { HasErrors: false } && IndicatorKind is not null ? RefangedValue : null;

    internal string? RefangedValue { get; set; }

    public DateValue? FirstSeen => GetDate(IndicatorProperties.FirstSeen);

    public DateValue? LastSeen => GetDate(IndicatorProperties.LastSeen);

    public Confidence? Confidence => GetProperty(IndicatorProperties.Confidence)?.Single?.Value as Confidence;

    public ImmutableArray<SoftwareSymbol> Software => GetReferences<SoftwareSymbol>(IndicatorProperties.Software);

    public ImmutableArray<ActorSymbol> Actors => GetReferences<ActorSymbol>(IndicatorProperties.Actors);

    public ImmutableArray<SourceSymbol> Sources => GetReferences<SourceSymbol>(IndicatorProperties.Sources);

    public string? Note => GetString(IndicatorProperties.Note);

    public override string DisplayName => Name;
}
