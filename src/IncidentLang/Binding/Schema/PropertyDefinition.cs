using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>One property of one declaration kind: its type, whether it is required, its values and range.</summary>
public sealed record PropertyDefinition(string Name, PropertyType Type, string Description)
{
    public bool IsRequired { get; init; }

    /// <summary>A list property also accepts a single value (and its singular alias, e.g. <c>actor:</c> for <c>actors:</c>).</summary>
    public bool IsList { get; init; }

    /// <summary>Other names for the same property (docs/language.md, "Declarations and their properties": <c>actor: x</c> is accepted as a one-element <c>actors</c>).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    public ImmutableArray<VocabularyValue> Vocabulary { get; init; } = [];

    public ImmutableArray<DeclarationKind> ReferenceKinds { get; init; } = [];

    public int Minimum { get; init; }

    public int Maximum { get; init; } = int.MaxValue;

    /// <summary>The value used when the property is absent (a vocabulary name), if any.</summary>
    public string? Default { get; init; }

    /// <summary>A property of type <paramref name="type"/> (string, date, URL, country…).</summary>
    public static PropertyDefinition Of(string name, PropertyType type, string description) => new(name, type, description);

    /// <summary>A property whose value is one word of <paramref name="vocabulary"/>.</summary>
    public static PropertyDefinition Enum(string name, IEnumerable<VocabularyValue> vocabulary, string description) =>
        new(name, PropertyType.Enum, description) { Vocabulary = [.. vocabulary] };

    /// <summary>A reference to one declaration of the given kinds.</summary>
    public static PropertyDefinition Reference(string name, string description, params DeclarationKind[] kinds) =>
        new(name, PropertyType.Reference, description) { ReferenceKinds = [.. kinds] };

    /// <summary>A list of references to declarations of one kind; the singular keyword is accepted as an alias (<c>actor: x</c>).</summary>
    public static PropertyDefinition References(string name, DeclarationKind kind, string description) =>
        new(name, PropertyType.Reference, description) { IsList = true, ReferenceKinds = [kind], Aliases = [SyntaxFacts.GetKeywordText(kind)] };

    public VocabularyValue? FindValue(string name) => Vocabulary.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));

    /// <summary>"a string", "a date", "one of low, moderate, high"...: what the property expects, in words.</summary>
    public string ExpectedDescription => Type switch
    {
        PropertyType.String => IsList ? "a list of strings" : "a string",
        PropertyType.Url => "a URL string",
        PropertyType.Date => "a date",
        PropertyType.Integer => "an integer",
        PropertyType.Enum => "one of " + string.Join(", ", Vocabulary.Select(v => v.Name)),
        PropertyType.Country => "an ISO 3166-1 alpha-2 country code",
        PropertyType.Reference => (IsList ? "a list of names of " : "the name of ") + LanguageSchema.DescribeKinds(ReferenceKinds, plural: IsList),
        PropertyType.Confidence => "low, moderate, high or an integer 0-100",
        _ => "a value",
    };
}
