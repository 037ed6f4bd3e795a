using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Emit.Json;
using IncidentLang.Syntax;
using IncidentLang.Tests.Emit;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.GeneratedCopies;

/// <summary>
/// schemas/incident-1.schema.json is written by hand; these tests compare it with <see cref="LanguageSchema"/> (via
/// <see cref="JsonSchemaCheck"/>) and with the JSON output of an incident that uses every property and every value.
/// </summary>
public sealed class JsonSchemaCopyTests
{
    private static readonly string SchemaPath = Path.Combine(TestPaths.Root, JsonSchemaCheck.SchemaFile);

    private static JsonObject LoadSchema() => JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();

    private static string Report(List<string> problems) =>
        $"{JsonSchemaCheck.SchemaFile} does not match src/IncidentLang/Binding/LanguageSchema.cs (the JSON Schema is written by hand: edit it):\n  "
        + string.Join("\n  ", problems);

    [Fact]
    public void Every_property_of_every_declaration_kind_is_in_the_JSON_Schema_with_exactly_its_values()
    {
        var problems = JsonSchemaCheck.Problems(LoadSchema(), LanguageSchema.All);
        Assert.True(problems.Count == 0, Report(problems));
    }

    [Fact]
    public void Identifiers_in_the_JSON_Schema_follow_the_identifier_rule() =>
        Assert.Equal("^" + SyntaxFacts.IdentifierPattern + "$", (string?)LoadSchema()["$defs"]!["identifier"]!["pattern"]);

    /// <summary>What <see cref="JsonSchemaCheck"/> reports beyond what it reports for the schema file and LanguageSchema as they are.</summary>
    private static List<string> NewProblems(JsonObject schema, IReadOnlyList<DeclarationDefinition> declarations) =>
        [.. JsonSchemaCheck.Problems(schema, declarations).Except(JsonSchemaCheck.Problems(LoadSchema(), LanguageSchema.All))];

    [Fact]
    public void A_property_missing_from_the_JSON_Schema_is_named()
    {
        var claim = new DeclarationDefinition(
            DeclarationKind.Claim, LanguageSchema.Claim.Description, LanguageSchema.Claim.AllowedAtTopLevel,
            [.. LanguageSchema.Claim.Properties, new PropertyDefinition("victim-count", PropertyType.Integer, "How many victims there were.")]);

        var problem = Assert.Single(NewProblems(LoadSchema(), [.. LanguageSchema.All.Select(d => d.Kind == DeclarationKind.Claim ? claim : d)]));

        Assert.Equal("#/$defs/claim/properties/victimCount: missing; it should describe the claim property 'victim-count' (integer)", problem);
    }

    [Fact]
    public void A_value_missing_from_or_extra_in_a_JSON_Schema_enum_is_named()
    {
        var schema = LoadSchema();
        var tlp = schema["properties"]!["tlp"]!["enum"]!.AsArray();
        var last = (string)tlp[^1]!;
        tlp.RemoveAt(tlp.Count - 1);
        tlp.Add("white");
        var grades = schema["$defs"]!["grade"]!["properties"]!["grade"]!["enum"]!.AsArray();
        var first = (string)grades[0]!;
        grades.RemoveAt(0);

        var problems = NewProblems(schema, LanguageSchema.All);

        Assert.Contains($"#/properties/tlp/enum: missing \"{last}\"", problems);
        Assert.Contains("#/properties/tlp/enum: \"white\" not in the language's vocabulary", problems);
        Assert.Contains($"#/$defs/grade/properties/grade/enum: missing \"{first}\"", problems);
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void An_incident_using_every_property_and_every_value_carries_them_all_and_validates()
    {
        var compilation = TestCompiler.Compile(EverythingIncident());
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        var json = IncidentJsonEmitter.Emit(Assert.Single(compilation.Bound.Incidents));
        var output = JsonNode.Parse(json)!.AsObject();

        var missing = new List<string>();
        foreach (var declaration in LanguageSchema.All)
        {
            List<JsonObject> objects = declaration.Kind == DeclarationKind.Incident
                ? [output]
                : output[JsonSchemaCheck.ArrayName(declaration)]!.AsArray().Select(n => n!.AsObject()).ToList();
            Assert.NotEmpty(objects);
            missing.AddRange(declaration.Properties
                .Where(p => objects.All(o => !o.ContainsKey(JsonSchemaCheck.JsonName(p.Name))))
                .Select(p => $"the {declaration.Keyword} property '{p.Name}' is not in the JSON output as \"{JsonSchemaCheck.JsonName(p.Name)}\" (carry it in Emit/Json: the document record and IncidentModelBuilder)"));
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));

        var result = JsonSchemaTests.Evaluate(json);
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    /// <summary>
    /// One incident with every declaration kind, as many declarations of a kind as its longest vocabulary, and every
    /// property written: declaration <c>i</c> takes value <c>i</c> of each vocabulary, so every value occurs.
    /// </summary>
    private static string EverythingIncident()
    {
        var builder = new StringBuilder();
        void Properties(DeclarationDefinition declaration, int index, string indent)
        {
            foreach (var property in declaration.Properties)
            {
                // Every claim superseded by another would make a cycle (INC1021): one claim is superseded, by the next.
                if (property == ClaimProperties.SupersededBy && index != 1)
                {
                    continue;
                }

                builder.Append(indent).Append(property.Name).Append(": ").Append(ValueOf(property, index)).Append('\n');
            }
        }

        builder.Append("incident everything {\n");
        Properties(LanguageSchema.Incident, 0, "  ");
        foreach (var declaration in LanguageSchema.All.Where(d => d.Kind != DeclarationKind.Incident))
        {
            for (var i = 0; i < CountOf(declaration); i++)
            {
                builder.Append("\n  ").Append(declaration.Keyword).Append(' ').Append(NameOf(declaration.Kind, i)).Append(" {\n");
                Properties(declaration, i, "    ");
                builder.Append("  }\n");
            }
        }

        return builder.Append("}\n").ToString();
    }

    private static int CountOf(DeclarationDefinition declaration) =>
        Math.Max(1, declaration.Properties.Select(p => Math.Max(p.Vocabulary.Length, p.ReferenceKinds.Length)).DefaultIfEmpty(0).Max());

    private static string NameOf(DeclarationKind kind, int index) => SyntaxFacts.GetKeywordText(kind) + "-" + index.ToString(CultureInfo.InvariantCulture);

    private static string ValueOf(PropertyDefinition property, int index)
    {
        var value = property.Type switch
        {
            // An indicator's value must be one of its kind, which is the kind of the same index.
            PropertyType.String when property == IndicatorProperties.Value => $"\"{IndicatorKinds.All[index % IndicatorKinds.All.Length].Example}\"",
            PropertyType.String => $"\"{property.Name} {index.ToString(CultureInfo.InvariantCulture)}\"",
            PropertyType.Decimal => property.Maximum.ToString(CultureInfo.InvariantCulture) + ".0",
            PropertyType.Boolean => index % 2 == 0 ? "true" : "false",
            PropertyType.Cve => "CVE-2023-34362",
            PropertyType.Currency => "USD",
            PropertyType.AttackId => property.AttackKind switch
            {
                IncidentLang.Attack.AttackObjectKind.Technique => "T1078.004",
                IncidentLang.Attack.AttackObjectKind.Group => "G1045",
                _ => "S0002",
            },
            PropertyType.Url => $"\"https://example.org/{index.ToString(CultureInfo.InvariantCulture)}\"",
            PropertyType.Date => "2024-11-20",
            PropertyType.Country => "US",
            PropertyType.Reference when property == ClaimProperties.SupersededBy => NameOf(DeclarationKind.Claim, index + 1),
            PropertyType.Reference => NameOf(property.ReferenceKinds[index % property.ReferenceKinds.Length], 0),
            _ when property.Vocabulary.Length > 0 => property.Vocabulary[index % property.Vocabulary.Length].Name,
            PropertyType.Integer => property.Minimum.ToString(CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"No sample value for the property type {property.Type}; teach {nameof(JsonSchemaCopyTests)}.{nameof(ValueOf)}."),
        };
        return property.IsList ? "[" + value + "]" : value;
    }
}
