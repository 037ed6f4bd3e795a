using System.Globalization;
using System.Text.Json.Nodes;
using IncidentLang.Binding;
using IncidentLang.Syntax;

namespace IncidentLang.Tests.GeneratedCopies;

/// <summary>
/// Compares schemas/incident-1.schema.json (written by hand) with <see cref="LanguageSchema"/>: every property of every
/// declaration kind is described under its JSON name, with the right shape, required-ness and exactly the vocabulary's
/// values. Returns what does not match, in words; an empty list when they agree.
/// </summary>
internal static class JsonSchemaCheck
{
    public const string SchemaFile = "schemas/incident-1.schema.json";

    /// <summary>The name the JSON output gives a property (<c>first-seen</c> → <c>firstSeen</c>): the C# record property's name, camelCased.</summary>
    public static string JsonName(string name)
    {
        var parts = name.Split('-');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>The name of the output's array of a declaration kind: <c>claims</c>, <c>parties</c>, <c>malware</c>, <c>vulnerabilities</c>.</summary>
    public static string ArrayName(DeclarationDefinition declaration) => declaration.Keyword switch
    {
        "party" => "parties",
        "malware" => "malware",
        "vulnerability" => "vulnerabilities",
        var keyword => JsonName(keyword) + "s",
    };

    /// <summary>Where a declaration kind is described: the root for incidents, <c>$defs/KEYWORD</c> for the rest.</summary>
    public static string PointerOf(DeclarationDefinition declaration) => declaration.Kind == DeclarationKind.Incident ? "#" : "#/$defs/" + declaration.Keyword;

    /// <summary>In the JSON output a property is always present when it is required, has a default, or is a list (an empty array).</summary>
    public static bool IsAlwaysPresent(PropertyDefinition property) => property.IsRequired || property.Default is not null || property.IsList;

    public static List<string> Problems(JsonObject schema, IEnumerable<DeclarationDefinition> declarations)
    {
        var problems = new List<string>();
        foreach (var declaration in declarations)
        {
            var pointer = PointerOf(declaration);
            if (Resolve(schema, pointer) is not JsonObject described)
            {
                problems.Add($"{pointer}: missing; it should describe the {declaration.Keyword} declarations");
                continue;
            }

            var properties = described["properties"]?.AsObject();
            var required = described["required"]?.AsArray().Select(n => (string?)n).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var property in declaration.Properties)
            {
                var name = JsonName(property.Name);
                var at = $"{pointer}/properties/{name}";
                var what = $"the {declaration.Keyword} property '{property.Name}' ({SchemaDocumentationWriter.TypeName(property)})";
                if (properties?[name] is not JsonObject node)
                {
                    problems.Add($"{at}: missing; it should describe {what}");
                    continue;
                }

                var alwaysPresent = IsAlwaysPresent(property);
                if (required.Contains(name) != alwaysPresent)
                {
                    problems.Add(alwaysPresent
                        ? $"{pointer}/required: missing \"{name}\"; the output always carries {what} (it is required, has a default or is a list)"
                        : $"{pointer}/required: \"{name}\" should not be listed; the output carries {what} only when it is written");
                }

                CheckShape(schema, at, what, property, node, problems);
                if (property.ReferenceKinds.Length > 1 && !property.IsList)
                {
                    // A reference to one of several kinds also says which kind it names (by → byKind).
                    var kindAt = $"{pointer}/properties/{name}Kind";
                    CheckValues(kindAt, properties?[name + "Kind"]?["enum"], property.ReferenceKinds.Select(SyntaxFacts.GetKeywordText), problems);
                }
            }
        }

        return problems;
    }

    private static void CheckShape(JsonObject schema, string at, string what, PropertyDefinition property, JsonObject node, List<string> problems)
    {
        var reference = (string?)node["$ref"];
        void ExpectRef(string expected)
        {
            if (reference != expected)
            {
                problems.Add($"{at}: should be {{ \"$ref\": \"{expected}\" }} for {what}, not {node.ToJsonString()}");
            }
        }

        void ExpectRange(string rangeAt, JsonNode? range)
        {
            var minimum = (int?)range?["minimum"];
            var maximum = (int?)range?["maximum"];
            if (minimum != property.Minimum || maximum != (property.Maximum == long.MaxValue ? null : property.Maximum))
            {
                var expectedMaximum = property.Maximum == long.MaxValue ? "(none)" : property.Maximum.ToString(CultureInfo.InvariantCulture);
                problems.Add($"{rangeAt}: minimum {minimum?.ToString(CultureInfo.InvariantCulture) ?? "(none)"} and maximum {maximum?.ToString(CultureInfo.InvariantCulture) ?? "(none)"} differ from the range {property.Minimum.ToString(CultureInfo.InvariantCulture)}–{expectedMaximum} of {what}");
            }
        }

        switch (property.Type)
        {
            case PropertyType.String when property.IsList:
                if ((string?)node["type"] != "array" || (string?)node["items"]?["type"] != "string")
                {
                    problems.Add($"{at}: should be an array of strings for {what}");
                }

                break;
            case PropertyType.String:
                if ((string?)node["type"] != "string")
                {
                    problems.Add($"{at}: should be of type string for {what}");
                }

                break;
            case PropertyType.Date:
                ExpectRef("#/$defs/date");
                break;
            case PropertyType.Url:
                ExpectRef("#/$defs/url");
                break;
            case PropertyType.Country:
                ExpectRef("#/$defs/countryCode");
                break;
            case PropertyType.Reference:
                ExpectRef(property.IsList ? "#/$defs/idList" : "#/$defs/identifier");
                break;
            case PropertyType.Enum when reference is not null:
                // A graded value written with its label, such as reliability: { "grade": "B", "label": "Usually reliable" }.
                var graded = Resolve(schema, reference);
                CheckValues($"{reference}/properties/grade/enum", graded?["properties"]?["grade"]?["enum"], property.Vocabulary.Select(v => v.Name), problems);
                CheckLabelCount($"{reference}/properties/label/enum", graded?["properties"]?["label"]?["enum"], property, what, problems);
                break;
            case PropertyType.Enum:
                CheckValues($"{at}/enum", node["enum"], property.Vocabulary.Select(v => v.Name), problems);
                break;
            case PropertyType.Confidence:
                var confidence = reference is null ? null : Resolve(schema, reference);
                CheckValues($"{reference ?? at}/properties/level/enum", confidence?["properties"]?["level"]?["enum"], property.Vocabulary.Select(v => v.Name), problems);
                ExpectRange($"{reference ?? at}/properties/score", confidence?["properties"]?["score"]);
                break;
            case PropertyType.Integer when property.Vocabulary.Length > 0:
                // A graded integer written with its label, such as credibility: { "grade": 2, "label": "Probably true" }.
                var grade = reference is null ? null : Resolve(schema, reference);
                ExpectRange($"{reference ?? at}/properties/grade", grade?["properties"]?["grade"]);
                CheckLabelCount($"{reference ?? at}/properties/label/enum", grade?["properties"]?["label"]?["enum"], property, what, problems);
                break;
            case PropertyType.Decimal:
                if ((string?)node["type"] != "number")
                {
                    problems.Add($"{at}: should be of type number for {what}");
                }

                ExpectRange(at, node);
                break;
            case PropertyType.Boolean:
                if ((string?)node["type"] != "boolean")
                {
                    problems.Add($"{at}: should be of type boolean for {what}");
                }

                break;
            case PropertyType.Cve:
                ExpectRef("#/$defs/cveId");
                break;
            case PropertyType.Currency:
                ExpectRef("#/$defs/currencyCode");
                break;
            case PropertyType.AttackId when property.IsList:
                if ((string?)node["type"] != "array" || (string?)node["items"]?["$ref"] != "#/$defs/attackReference")
                {
                    problems.Add($"{at}: should be an array of {{ \"$ref\": \"#/$defs/attackReference\" }} for {what}");
                }

                break;
            case PropertyType.AttackId:
                ExpectRef("#/$defs/attackReference");
                break;
            case PropertyType.Integer:
                if ((string?)node["type"] != "integer")
                {
                    problems.Add($"{at}: should be of type integer for {what}");
                }

                ExpectRange(at, node);
                break;
            default:
                problems.Add($"{at}: the check does not know the property type {property.Type} of {what}; teach JsonSchemaCheck.CheckShape");
                break;
        }
    }

    private static void CheckValues(string at, JsonNode? actual, IEnumerable<string> expected, List<string> problems)
    {
        var expectedList = expected.ToList();
        if (actual is not JsonArray array)
        {
            problems.Add($"{at}: missing; it should list {string.Join(", ", expectedList)}");
            return;
        }

        var actualList = array.Select(n => n?.ToString() ?? string.Empty).ToList();
        var missing = expectedList.Except(actualList, StringComparer.Ordinal).ToList();
        var extra = actualList.Except(expectedList, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"{at}: missing {string.Join(", ", missing.Select(v => $"\"{v}\""))}");
        }

        if (extra.Count > 0)
        {
            problems.Add($"{at}: {string.Join(", ", extra.Select(v => $"\"{v}\""))} not in the language's vocabulary");
        }

        if (missing.Count == 0 && extra.Count == 0 && !actualList.SequenceEqual(expectedList, StringComparer.Ordinal))
        {
            problems.Add($"{at}: the values should be in the schema's order: {string.Join(", ", expectedList)}");
        }
    }

    private static void CheckLabelCount(string at, JsonNode? labels, PropertyDefinition property, string what, List<string> problems)
    {
        if (labels is not JsonArray array || array.Count != property.Vocabulary.Length)
        {
            problems.Add($"{at}: should hold one label per value of {what} ({property.Vocabulary.Length})");
        }
    }

    /// <summary>Follows a local JSON pointer (<c>#/$defs/grade</c>); null when it leads nowhere.</summary>
    public static JsonNode? Resolve(JsonObject schema, string pointer)
    {
        if (!pointer.StartsWith('#'))
        {
            return null;
        }

        JsonNode? node = schema;
        foreach (var part in pointer[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonObject o ? o[part] : null;
        }

        return node;
    }
}
