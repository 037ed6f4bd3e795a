using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>A <c>source</c>: where information came from.</summary>
public sealed class SourceSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Source;

    public string DisplayName => GetString("name") ?? Name;

    public string? SourceKind => GetEnumOrDefault("kind");

    /// <summary>Admiralty reliability A–F; F when not given.</summary>
    public string Reliability => GetEnumOrDefault("reliability")!;

    public string ReliabilityLabel => LanguageSchema.Reliabilities.First(r => r.Name == Reliability).Description;

    public DateValue? Published => GetDate("published");

    public string? Url => GetString("url");

    public string? Note => GetString("note");
}
