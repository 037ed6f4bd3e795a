using IncidentLang.Binding;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.GeneratedCopies;

/// <summary>
/// The property tables of docs/language.md §4 are generated from <see cref="LanguageSchema"/> by
/// <see cref="SchemaDocumentationWriter"/>; this keeps them in sync (INC_UPDATE_BASELINES=1 rewrites them).
/// </summary>
public sealed class LanguageGuideTablesTests
{
    private static string GuidePath => Path.Combine(TestPaths.Docs, "language.md");

    [Fact]
    public void Docs_language_md_property_tables_are_in_sync_with_the_schema() =>
        GeneratedFile.AssertUpToDate(
            GuidePath,
            SchemaDocumentationWriter.UpdateLanguageGuide(File.ReadAllText(GuidePath), LanguageSchema.All),
            "src/IncidentLang/Binding/LanguageSchema.cs (tables rendered by SchemaDocumentationWriter)");

    [Fact]
    public void Every_declaration_kind_has_one_generated_table_in_section_4()
    {
        var guide = File.ReadAllText(GuidePath);
        var section4 = guide[guide.IndexOf("## 4. Declarations and their properties", StringComparison.Ordinal)..guide.IndexOf("## 5. Name resolution", StringComparison.Ordinal)];
        var positions = LanguageSchema.All.Select(d => section4.IndexOf(SchemaDocumentationWriter.StartMarker(d), StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, "a declaration kind has no generated table in §4"));
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(LanguageSchema.All.Length, section4.Split(SchemaDocumentationWriter.EndMarker).Length - 1);
    }

    [Fact]
    public void A_table_shows_names_aliases_types_required_defaults_values_ranges_and_descriptions()
    {
        VocabularyValue[] levels = [new("low", "Low."), new("high", "High.")];
        var sample = new DeclarationDefinition(DeclarationKind.Claim, "A sample.", allowedAtTopLevel: false,
        [
            new PropertyDefinition("text", PropertyType.String, "The text | with a bar.") { IsRequired = true },
            new PropertyDefinition("actors", PropertyType.Reference, "Who.") { IsList = true, Aliases = ["actor"], ReferenceKinds = [DeclarationKind.Actor] },
            new PropertyDefinition("by", PropertyType.Reference, "Who said it.") { ReferenceKinds = [DeclarationKind.Actor, DeclarationKind.Target, DeclarationKind.Source] },
            new PropertyDefinition("level", PropertyType.Enum, "How bad.") { Vocabulary = [.. levels], Default = "low" },
            new PropertyDefinition("confidence", PropertyType.Confidence, "How sure.") { Vocabulary = [.. levels], Minimum = 0, Maximum = 100 },
            new PropertyDefinition("grade", PropertyType.Integer, "A grade.") { Minimum = 1, Maximum = 6 },
            new PropertyDefinition("seen", PropertyType.Date, "When."),
            new PropertyDefinition("url", PropertyType.Url, "Where."),
            new PropertyDefinition("country", PropertyType.Country, "Which country."),
            new PropertyDefinition("sector", PropertyType.Enum, "Which sector.") { Vocabulary = [.. Vocabularies.Sectors] },
        ]);

        var table = SchemaDocumentationWriter.WritePropertyTable(sample).Split('\n');

        Assert.Equal("| property | type | required | default | description and values |", table[0]);
        Assert.Equal("| `text` | string | **yes** | | The text \\| with a bar. |", table[2]);
        Assert.Equal("| `actors` (alias `actor`) | list of ref(actor) | | empty | Who. |", table[3]);
        Assert.Equal("| `by` | ref(actor, target or source) | | | Who said it. |", table[4]);
        Assert.Equal("| `level` | enum | | `low` | How bad. One of `low`, `high`. |", table[5]);
        Assert.Equal("| `confidence` | enum or integer | | | How sure. One of `low`, `high`, or an integer `0`–`100`. |", table[6]);
        Assert.Equal("| `grade` | integer | | | A grade. An integer `1`–`6`. |", table[7]);
        Assert.Equal("| `seen` | date | | | When. |", table[8]);
        Assert.Equal("| `url` | URL | | | Where. |", table[9]);
        Assert.Equal("| `country` | country | | | Which country. |", table[10]);
        Assert.Equal("| `sector` | enum | | | Which sector. Values: see below. |", table[11]);
        Assert.Equal("", table[12]);
        Assert.StartsWith("`sector` is one of " + string.Join(", ", Vocabularies.Sectors.Take(3).Select(v => $"`{v.Name}`")), table[13], StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_property_to_the_schema_makes_the_guide_out_of_date()
    {
        var claimWithVictimCount = new DeclarationDefinition(
            DeclarationKind.Claim, LanguageSchema.Claim.Description, LanguageSchema.Claim.AllowedAtTopLevel,
            [.. LanguageSchema.Claim.Properties, new PropertyDefinition("victim-count", PropertyType.Integer, "How many victims there were.") { Maximum = 1_000_000_000 }]);
        var schema = LanguageSchema.All.Select(d => d.Kind == DeclarationKind.Claim ? claimWithVictimCount : d).ToList();

        var guide = File.ReadAllText(GuidePath).ReplaceLineEndings("\n");
        var updated = SchemaDocumentationWriter.UpdateLanguageGuide(guide, schema);

        Assert.NotEqual(guide, updated);
        Assert.Contains("| `victim-count` | integer | | | How many victims there were. An integer `0`–`1000000000`. |", updated, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_without_a_marker_is_reported_with_what_to_add()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SchemaDocumentationWriter.UpdateLanguageGuide("# no tables\n", [LanguageSchema.Claim]));
        Assert.Contains("<!-- generated: properties of claim -->", error.Message, StringComparison.Ordinal);
    }
}
