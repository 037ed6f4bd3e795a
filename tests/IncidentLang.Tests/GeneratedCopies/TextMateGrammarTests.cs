using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IncidentLang.Binding;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.GeneratedCopies;

/// <summary>
/// The keywords, vocabularies and identifier pattern of the VS Code grammar are generated from the schema and
/// <see cref="SyntaxFacts"/> by <see cref="TextMateGrammarWriter"/>; this keeps them in sync (INC_UPDATE_BASELINES=1
/// rewrites them). editors/vscode/check.sh tests how the grammar colours text.
/// </summary>
public sealed class TextMateGrammarTests
{
    private static string GrammarPath => Path.Combine(TestPaths.Root, "editors", "vscode", "syntaxes", "incidentlang.tmLanguage.json");

    private static JsonObject Generated(IReadOnlyList<DeclarationDefinition> declarations) =>
        JsonNode.Parse(TextMateGrammarWriter.Update(File.ReadAllText(GrammarPath), declarations))!.AsObject();

    private static IEnumerable<string> Matches(JsonObject grammar, string rule) =>
        grammar["repository"]![rule]!["patterns"]!.AsArray().Select(p => (string)p!["match"]!);

    [Fact]
    public void The_grammar_is_in_sync_with_the_schema_and_the_identifier_rule() =>
        GeneratedFile.AssertUpToDate(
            GrammarPath,
            TextMateGrammarWriter.Update(File.ReadAllText(GrammarPath), LanguageSchema.All),
            "src/IncidentLang/Binding/LanguageSchema.cs and SyntaxFacts.IdentifierPattern (rules written by TextMateGrammarWriter)");

    [Fact]
    public void The_writer_keeps_the_file_layout_of_JSON_stringify()
    {
        var text = File.ReadAllText(GrammarPath).ReplaceLineEndings("\n");
        Assert.Equal(text, TextMateGrammarWriter.Write(JsonNode.Parse(text)!));
    }

    [Fact]
    public void Every_declaration_keyword_is_highlighted_once()
    {
        var grammar = Generated(LanguageSchema.All);
        var keywords = Matches(grammar, "declaration")
            .SelectMany(m => Regex.Match(m, @"^\(([a-z|]+)\)").Groups[1].Value.Split('|'))
            .ToList();
        Assert.Equal(SyntaxFacts.AllDeclarationKinds.Select(SyntaxFacts.GetKeywordText).Order(), keywords.Order());
    }

    [Fact]
    public void Every_vocabulary_of_identifiers_is_highlighted_with_exactly_its_values()
    {
        var grammar = Generated(LanguageSchema.All);
        var rules = Matches(grammar, "property").ToList();
        foreach (var group in LanguageSchema.All.SelectMany(d => d.Properties)
            .Where(p => p.Vocabulary.Length > 0 && p.Vocabulary.All(v => SyntaxFacts.IsValidIdentifier(v.Name)))
            .GroupBy(p => p.Name))
        {
            var rule = Assert.Single(rules, r => r.StartsWith("(" + group.Key + ")", StringComparison.Ordinal));
            var words = Regex.Match(rule, @"\(:\)\[ \\t\]\*\(([^()]*)\)").Groups[1].Value.Split('|');
            Assert.Equal(group.SelectMany(p => p.Vocabulary).Select(v => v.Name).Distinct().Order(StringComparer.Ordinal), words.Order(StringComparer.Ordinal));
        }

        // credibility's values are integers, coloured as numbers.
        Assert.DoesNotContain(rules, r => r.StartsWith("(credibility)", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_are_matched_with_the_identifier_pattern()
    {
        var grammar = Generated(LanguageSchema.All);
        Assert.All(Matches(grammar, "declaration"), m => Assert.Contains("(" + SyntaxFacts.IdentifierPattern + ")", m, StringComparison.Ordinal));
        Assert.Equal("(" + SyntaxFacts.IdentifierPattern + ")[ \\t]*(:)", Matches(grammar, "property").Last());
        Assert.Contains(SyntaxFacts.IdentifierPattern, Matches(grammar, "values"));
    }

    [Fact]
    public void Adding_a_vocabulary_property_to_the_schema_adds_its_rule()
    {
        var severity = new PropertyDefinition("severity", PropertyType.Enum, "How bad it is.")
        {
            Vocabulary = [new("low", "Low."), new("critical", "Critical."), new("high", "High.")],
        };
        var incident = new DeclarationDefinition(DeclarationKind.Incident, LanguageSchema.Incident.Description, allowedAtTopLevel: true, [.. LanguageSchema.Incident.Properties, severity]);
        var grammar = Generated([incident, .. LanguageSchema.All.Where(d => d.Kind != DeclarationKind.Incident)]);

        Assert.Contains($"(severity)[ \\t]*(:)[ \\t]*(critical|high|low){TextMateGrammarWriter.IdentifierEnd}", Matches(grammar, "property"));
        Assert.NotEqual(File.ReadAllText(GrammarPath).ReplaceLineEndings("\n"), TextMateGrammarWriter.Write(grammar));
    }
}
