using System.Globalization;
using System.Text;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>
/// Renders the property tables of <c>docs/language.md</c> §4 from <see cref="LanguageSchema"/>. Each table stands
/// between <c>&lt;!-- generated: properties of KEYWORD --&gt;</c> and <c>&lt;!-- end generated --&gt;</c>; the prose
/// around them is hand-written. The test LanguageGuideTablesTests keeps the file in sync
/// (<c>INC_UPDATE_BASELINES=1</c> rewrites it).
/// </summary>
internal static class SchemaDocumentationWriter
{
    public const string EndMarker = "<!-- end generated -->";

    /// <summary>A vocabulary longer than this is listed under the table rather than in its cell.</summary>
    private const int MaxValuesInCell = 12;

    public static string StartMarker(DeclarationDefinition declaration) => $"<!-- generated: properties of {declaration.Keyword} -->";

    /// <summary>Replaces the generated block of every declaration kind of <paramref name="declarations"/> in <paramref name="markdown"/>.</summary>
    /// <exception cref="InvalidOperationException">A kind has no block, or a block is not closed.</exception>
    public static string UpdateLanguageGuide(string markdown, IEnumerable<DeclarationDefinition> declarations)
    {
        foreach (var declaration in declarations)
        {
            var startMarker = StartMarker(declaration);
            var start = markdown.IndexOf(startMarker, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidOperationException($"No '{startMarker}' in the language guide: add a section for '{declaration.Keyword}' with the marker and '{EndMarker}' where its property table goes.");
            }

            if (markdown.IndexOf(startMarker, start + startMarker.Length, StringComparison.Ordinal) >= 0)
            {
                throw new InvalidOperationException($"'{startMarker}' appears twice in the language guide.");
            }

            var contentStart = start + startMarker.Length;
            var end = markdown.IndexOf(EndMarker, contentStart, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new InvalidOperationException($"'{startMarker}' is not followed by '{EndMarker}'.");
            }

            markdown = markdown[..contentStart] + "\n\n" + WritePropertyTable(declaration) + "\n" + markdown[end..];
        }

        return markdown;
    }

    /// <summary>The Markdown table of a declaration kind's properties (and, under it, any vocabulary too long for a cell).</summary>
    public static string WritePropertyTable(DeclarationDefinition declaration)
    {
        var builder = new StringBuilder();
        builder.Append("| property | type | required | default | description and values |\n|---|---|---|---|---|\n");
        var longVocabularies = new List<PropertyDefinition>();
        foreach (var property in declaration.Properties)
        {
            var name = Code(property.Name);
            if (property.Aliases.Length > 0)
            {
                name += (property.Aliases.Length == 1 ? " (alias " : " (aliases ") + string.Join(", ", property.Aliases.Select(Code)) + ")";
            }

            var notes = Cell(property.Description);
            if (Values(property) is { } values)
            {
                if (property.Vocabulary.Length > MaxValuesInCell)
                {
                    notes += " Values: see below.";
                    longVocabularies.Add(property);
                }
                else
                {
                    notes += " " + values + ".";
                }
            }

            string[] cells =
            [
                name,
                TypeName(property),
                property.IsRequired ? "**yes**" : string.Empty,
                property.Default is { } value ? Code(value) : property.IsList ? "empty" : string.Empty,
                notes,
            ];
            builder.Append('|');
            foreach (var cell in cells)
            {
                builder.Append(cell.Length == 0 ? " |" : " " + cell + " |");
            }

            builder.Append('\n');
        }

        foreach (var property in longVocabularies)
        {
            builder.Append('\n').Append(Code(property.Name)).Append(" is one of ").AppendJoin(", ", property.Vocabulary.Select(v => Code(v.Name))).Append(".\n");
        }

        return builder.ToString();
    }

    /// <summary>The type in the words of the §4 legend: <c>string</c>, <c>list of ref(actor)</c>, <c>enum or integer</c>…</summary>
    public static string TypeName(PropertyDefinition property)
    {
        var name = property.Type switch
        {
            PropertyType.String => "string",
            PropertyType.Url => "URL",
            PropertyType.Date => "date",
            PropertyType.Integer => "integer",
            PropertyType.Enum => "enum",
            PropertyType.Country => "country",
            PropertyType.Reference => "ref(" + KindList(property) + ")",
            PropertyType.Confidence => "enum or integer",
            PropertyType.Decimal => "decimal",
            PropertyType.Boolean => "boolean",
            PropertyType.AttackId => property.AttackKind switch
            {
                Attack.AttackObjectKind.Technique => "ATT&CK technique ID",
                Attack.AttackObjectKind.Group => "ATT&CK group ID",
                _ => "ATT&CK software ID",
            },
            PropertyType.Cve => "CVE ID",
            PropertyType.Currency => "currency code",
            _ => throw new InvalidOperationException($"No documentation name for the property type {property.Type}."),
        };
        return property.IsList ? "list of " + name : name;
    }

    /// <summary>The allowed values: a vocabulary, a range, or both (<c>confidence</c>); null when any value of the type is allowed.</summary>
    private static string? Values(PropertyDefinition property)
    {
        var range = property.Maximum == long.MaxValue ? null : $"{Code(property.Minimum.ToString(CultureInfo.InvariantCulture))}–{Code(property.Maximum.ToString(CultureInfo.InvariantCulture))}";
        return property.Type switch
        {
            PropertyType.Enum => "One of " + string.Join(", ", property.Vocabulary.Select(v => Code(v.Name))),
            PropertyType.Confidence when range is not null => "One of " + string.Join(", ", property.Vocabulary.Select(v => Code(v.Name))) + ", or an integer " + range,
            PropertyType.Confidence => "One of " + string.Join(", ", property.Vocabulary.Select(v => Code(v.Name))),
            PropertyType.Integer when range is not null => "An integer " + range,
            PropertyType.Decimal when range is not null => "A number " + range,
            _ => null,
        };
    }

    private static string KindList(PropertyDefinition property)
    {
        var words = property.ReferenceKinds.Select(SyntaxFacts.GetKeywordText).ToList();
        return words.Count <= 1 ? string.Concat(words) : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];
    }

    private static string Code(string text) => "`" + text + "`";

    /// <summary>Text safe inside a table cell: no line breaks, <c>|</c> escaped.</summary>
    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
