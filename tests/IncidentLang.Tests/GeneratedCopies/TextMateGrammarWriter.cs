using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentLang.Binding;
using IncidentLang.Syntax;

namespace IncidentLang.Tests.GeneratedCopies;

/// <summary>
/// Regenerates the parts of editors/vscode/syntaxes/incidentlang.tmLanguage.json that copy the language's schema:
/// <c>repository.declaration</c> (the keywords, from <see cref="LanguageSchema.All"/>), <c>repository.property</c> (one rule
/// per property with an identifier vocabulary, the country and date properties, property names) and the name rule
/// of <c>repository.values</c>; every identifier is <see cref="SyntaxFacts.IdentifierPattern"/>. The rest of the
/// grammar (comments, strings, escapes, dates, integers, punctuation) is hand-written and kept as it is.
/// </summary>
/// <remarks>
/// Lives in the tests because only <see cref="TextMateGrammarTests"/> runs it (INC_UPDATE_BASELINES=1 writes the file).
/// The file is written as <c>JSON.stringify(grammar, null, 2)</c> writes it, so an edit by hand or by a JavaScript tool
/// round-trips unchanged.
/// </remarks>
internal static class TextMateGrammarWriter
{
    /// <summary>Not followed by a character that would continue an identifier.</summary>
    public const string IdentifierEnd = "(?![A-Za-z0-9_]|-[A-Za-z0-9_])";

    private const string PropertyScope = "variable.other.property.incidentlang";
    private const string ColonScope = "punctuation.separator.key-value.incidentlang";
    private const string NameRuleScope = "variable.other.reference.incidentlang";

    public static string Update(string grammarJson, IReadOnlyList<DeclarationDefinition> declarations)
    {
        var root = JsonNode.Parse(grammarJson)?.AsObject() ?? throw new InvalidOperationException("The grammar is not a JSON object.");
        var repository = root["repository"]?.AsObject() ?? throw new InvalidOperationException("The grammar has no repository.");
        repository["declaration"] = Declaration(declarations);
        repository["property"] = Property(declarations);
        var nameRule = repository["values"]?["patterns"]?.AsArray().SingleOrDefault(p => (string?)p?["name"] == NameRuleScope)
            ?? throw new InvalidOperationException($"repository.values has no rule named {NameRuleScope}.");
        nameRule["match"] = SyntaxFacts.IdentifierPattern;
        return Write(root);
    }

    /// <summary>Indented by two spaces, LF line ends, no escaping beyond JSON's own, and a final newline.</summary>
    public static string Write(JsonNode node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            node.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>An alternation that tries longer words first: <c>amber-strict|amber|clear|…</c>.</summary>
    public static string Alternation(IEnumerable<string> words) =>
        string.Join("|", words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal));

    private static JsonObject Declaration(IReadOnlyList<DeclarationDefinition> declarations)
    {
        // Declarations that may stand at the top level name things (types); the members of an incident, the rest.
        JsonObject Rule(IEnumerable<DeclarationDefinition> kinds, string nameScope) => new()
        {
            ["match"] = $"({string.Join("|", kinds.Select(d => d.Keyword))}){IdentifierEnd}(?![ \\t]*:)(?:[ \\t]+({SyntaxFacts.IdentifierPattern}){IdentifierEnd}(?![ \\t]*:))?",
            ["captures"] = Captures("keyword.other.declaration.incidentlang", nameScope),
        };

        return new JsonObject
        {
            ["comment"] = "KEYWORD IDENT? — a keyword directly followed by \":\" is a property name instead (§3)",
            ["patterns"] = new JsonArray(
                Rule(declarations.Where(d => d.AllowedAtTopLevel), "entity.name.type.incidentlang"),
                Rule(declarations.Where(d => !d.AllowedAtTopLevel), "entity.name.function.incidentlang")),
        };
    }

    private static JsonObject Property(IReadOnlyList<DeclarationDefinition> declarations)
    {
        var properties = declarations.SelectMany(d => d.Properties).ToList();
        var patterns = new JsonArray();

        // One rule per property name whose values are identifiers (a vocabulary shared by a name, such as kind, is the union).
        foreach (var group in properties
            .Where(p => p.Vocabulary.Length > 0 && p.Vocabulary.All(v => SyntaxFacts.IsValidIdentifier(v.Name)))
            .GroupBy(p => p.Name, StringComparer.Ordinal))
        {
            patterns.Add(new JsonObject
            {
                ["comment"] = $"{group.Key}: one of its vocabulary values (§4)",
                ["match"] = $"({group.Key})[ \\t]*(:)[ \\t]*({Alternation(group.SelectMany(p => p.Vocabulary).Select(v => v.Name))}){IdentifierEnd}",
                ["captures"] = Captures(PropertyScope, ColonScope, $"constant.language.{group.Key}.incidentlang"),
            });
        }

        var countries = properties.Where(p => p.Type == PropertyType.Country).Select(p => p.Name).ToList();
        if (countries.Count > 0)
        {
            patterns.Add(new JsonObject
            {
                ["comment"] = $"{string.Join(", ", countries.Distinct(StringComparer.Ordinal))}: an ISO 3166-1 alpha-2 code (§4)",
                ["match"] = $"({Alternation(countries)})[ \\t]*(:)[ \\t]*([A-Z]{{2}}){IdentifierEnd}",
                ["captures"] = Captures(PropertyScope, ColonScope, "constant.language.country.incidentlang"),
            });
        }

        var dates = properties.Where(p => p.Type == PropertyType.Date).Select(p => p.Name).ToList();
        if (dates.Count > 0)
        {
            patterns.Add(new JsonObject
            {
                ["comment"] = "a property that expects a date reads a four-digit integer as a year (§3)",
                ["match"] = $"({Alternation(dates)})[ \\t]*(:)[ \\t]*([0-9]{{4}})(?![0-9-])",
                ["captures"] = Captures(PropertyScope, ColonScope, "constant.numeric.date.incidentlang"),
            });
        }

        patterns.Add(new JsonObject
        {
            ["comment"] = "property name: an identifier or keyword directly followed by \":\"",
            ["match"] = $"({SyntaxFacts.IdentifierPattern})[ \\t]*(:)",
            ["captures"] = Captures(PropertyScope, ColonScope),
        });

        return new JsonObject { ["patterns"] = patterns };
    }

    private static JsonObject Captures(params string[] scopes)
    {
        var captures = new JsonObject();
        for (var i = 0; i < scopes.Length; i++)
        {
            captures[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject { ["name"] = scopes[i] };
        }

        return captures;
    }
}
