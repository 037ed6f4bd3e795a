using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>A <c>source</c>: where information came from.</summary>
public sealed class SourceSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Source;

    public override string DisplayName => GetString(SourceProperties.Name) ?? Name;

    /// <summary>The kind; null when it is missing or in error (it is required, so there is no default).</summary>
    public VocabularyValue? SourceKind => GetEnum<VocabularyValue>(SourceProperties.Kind);

    /// <summary>Admiralty reliability A–F; F when not given.</summary>
    public ReliabilityGrade Reliability => GetEnumOrDefault<ReliabilityGrade>(SourceProperties.Reliability);

    public DateValue? Published => GetDate(SourceProperties.Published);

    public string? Url => GetString(SourceProperties.Url);

    public string? Note => GetString(SourceProperties.Note);

    public string? Reference => GetString(SourceProperties.Reference);
}
