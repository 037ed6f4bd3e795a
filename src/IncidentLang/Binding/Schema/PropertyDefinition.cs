using System.Collections.Immutable;
using IncidentLang.Attack;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>One property of one declaration kind: its type, whether it is required, its values and range.</summary>
public sealed record PropertyDefinition(string Name, PropertyType Type, string Description)
{
    public bool IsRequired { get; init; }

    /// <summary>The property this one needs beside it (<c>count</c> needs <c>unit</c>, <c>amount</c> needs <c>currency</c>): INC1002 when it is missing.</summary>
    public string? Requires { get; init; }

    /// <summary>For the end of a range (<c>last-seen</c>, an event's <c>end</c>): the property it must not end before (INC1019).</summary>
    public string? NotBefore { get; init; }

    /// <summary>Prose a reader reads (title, summary, text, quote, note…): where INC2013 looks for live indicators.</summary>
    public bool IsProse { get; init; }

    /// <summary>A list property also accepts a single value (and its singular alias, e.g. <c>actor:</c> for <c>actors:</c>).</summary>
    public bool IsList { get; init; }

    /// <summary>Other names for the same property (docs/language.md, "Declarations and their properties": <c>actor: x</c> is accepted as a one-element <c>actors</c>).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    public ImmutableArray<VocabularyValue> Vocabulary { get; init; } = [];

    public ImmutableArray<DeclarationKind> ReferenceKinds { get; init; } = [];

    public long Minimum { get; init; }

    public long Maximum { get; init; } = long.MaxValue;

    /// <summary>For <see cref="PropertyType.AttackId"/>: which kind of ATT&amp;CK object the ID must name.</summary>
    public AttackObjectKind? AttackKind { get; init; }

    /// <summary>The value used when the property is absent (a vocabulary name), if any.</summary>
    public string? Default { get; init; }

    /// <summary>A property of type <paramref name="type"/> (string, date, URL, country…).</summary>
    public static PropertyDefinition Of(string name, PropertyType type, string description) => new(name, type, description);

    /// <summary>An ATT&amp;CK ID of the given kind (a list of them for techniques).</summary>
    public static PropertyDefinition Attack(string name, AttackObjectKind kind, string description) =>
        new(name, PropertyType.AttackId, description) { AttackKind = kind, IsList = kind == AttackObjectKind.Technique };

    /// <summary>A property whose value is one word of <paramref name="vocabulary"/>.</summary>
    public static PropertyDefinition Enum(string name, IEnumerable<VocabularyValue> vocabulary, string description) =>
        new(name, PropertyType.Enum, description) { Vocabulary = [.. vocabulary] };

    /// <summary>A reference to one declaration of the given kinds.</summary>
    public static PropertyDefinition Reference(string name, string description, params DeclarationKind[] kinds) =>
        new(name, PropertyType.Reference, description) { ReferenceKinds = [.. kinds] };

    /// <summary>A list of references to declarations of any of the given kinds (<c>software: [lemurloot, mimikatz]</c>).</summary>
    public static PropertyDefinition ReferenceList(string name, string description, params DeclarationKind[] kinds) =>
        new(name, PropertyType.Reference, description) { IsList = true, ReferenceKinds = [.. kinds] };

    /// <summary>A list of references to declarations of one kind; the singular keyword is accepted as an alias (<c>actor: x</c>).</summary>
    public static PropertyDefinition References(string name, DeclarationKind kind, string description) =>
        new(name, PropertyType.Reference, description) { IsList = true, ReferenceKinds = [kind], Aliases = [SyntaxFacts.GetKeywordText(kind)] };

    public VocabularyValue? FindValue(string name)
    {
        // A loop, not FirstOrDefault with a lambda: every enumerated value of every declaration is looked up here, and the lambda's
        // closure and delegate were two allocations per value.
        foreach (var value in Vocabulary)
        {
            if (string.Equals(value.Name, name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>"a string", "a date", "one of low, moderate, high"...: what the property expects, in words.</summary>
    public string ExpectedDescription => Type switch
    {
        PropertyType.String => IsList ? "a list of strings" : "a string",
        PropertyType.Url => "a URL string",
        PropertyType.Date => "a date",
        PropertyType.Integer => "an integer",
        PropertyType.Decimal => "a number",
        PropertyType.Boolean => "true or false",
        PropertyType.AttackId => AttackKind switch
        {
            AttackObjectKind.Technique => IsList ? "a list of ATT&CK technique IDs (T1190, T1078.004)" : "an ATT&CK technique ID (T1190)",
            AttackObjectKind.Group => "an ATT&CK group ID (G1045)",
            _ => "an ATT&CK software ID (S0002)",
        },
        PropertyType.Cve => "a CVE ID (CVE-2023-34362)",
        PropertyType.Currency => "a currency code (USD, EUR, BTC)",
        PropertyType.Enum => "one of " + string.Join(", ", Vocabulary.Select(v => v.Name)),
        PropertyType.Country => "an ISO 3166-1 alpha-2 country code",
        PropertyType.Reference => (IsList ? "a list of names of " : "the name of ") + LanguageSchema.DescribeKinds(ReferenceKinds, plural: IsList),
        PropertyType.Confidence => "low, moderate, high or an integer 0-100",
        _ => "a value",
    };
}
