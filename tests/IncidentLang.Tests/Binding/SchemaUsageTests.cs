using System.Text.RegularExpressions;
using IncidentLang.Binding;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Binding;

/// <summary>
/// The schema is the one table (docs/architecture.md, "The schema"): outside src/IncidentLang/Binding/Schema
/// no code or template compares a vocabulary word or branches on one, and no rule reads a property by a
/// literal name. These scans keep it that way; each failure names the file and line.
/// </summary>
public sealed partial class SchemaUsageTests
{
    private static readonly string Source = Path.Combine(TestPaths.Root, "src");

    private static IEnumerable<string> VocabularyWords() =>
        LanguageSchema.All.SelectMany(d => d.Properties).SelectMany(p => p.Vocabulary).Select(v => v.Name).Distinct(StringComparer.Ordinal);

    private static IEnumerable<(string File, int Line, string Text)> Lines(string folder, string pattern, Func<string, bool>? include = null)
    {
        foreach (var file in Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(TestPaths.Root, file).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal) || (include is not null && !include(relative)))
            {
                continue;
            }

            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                yield return (relative, number, line);
            }
        }
    }

    [Fact]
    public void No_code_outside_the_schema_compares_or_switches_on_a_vocabulary_word()
    {
        var words = VocabularyWords().Select(Regex.Escape);
        var comparison = new Regex($"""(==|!=|\bis|\bor|\bcase)\s*"({string.Join("|", words)})"|"({string.Join("|", words)})"\s*(=>|==|!=)""");
        var offenders = Lines(Source, "*.cs", f => !f.StartsWith("src/IncidentLang/Binding/Schema/", StringComparison.Ordinal))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && comparison.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Vocabulary words compared outside the schema (add a fact to the vocabulary value instead):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_template_compares_a_vocabulary_word_or_parses_a_description()
    {
        var words = VocabularyWords().Select(Regex.Escape);
        var comparison = new Regex($"""(==|!=)\s*"({string.Join("|", words)})"|\b(after_colon|before_colon)\b|description\s*\|\s*string\.(split|contains|remove)""");
        var offenders = Lines(Path.Combine(Source, "IncidentLang", "Emit", "Templates"), "*.scriban")
            .Where(l => comparison.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Templates must read the model's structured facts:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_rule_or_emitter_reads_a_property_by_a_literal_name()
    {
        var literal = LiteralGetProperty();
        var offenders = Lines(Source, "*.cs", f => f.StartsWith("src/IncidentLang/Analyzers/", StringComparison.Ordinal) || f.StartsWith("src/IncidentLang/Emit/", StringComparison.Ordinal) || f.StartsWith("src/IncidentLang/Binding/", StringComparison.Ordinal))
            .Where(l => literal.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Use the schema's property (ClaimProperties.Confidence) or a typed accessor (claim.Confidence):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_scans_find_what_they_look_for()
    {
        // The patterns above must catch the forms they forbid, or the tests could never fail.
        var words = VocabularyWords().Select(Regex.Escape);
        var comparison = new Regex($"""(==|!=|\bis|\bor|\bcase)\s*"({string.Join("|", words)})"|"({string.Join("|", words)})"\s*(=>|==|!=)""");
        Assert.Matches(comparison, """if (statement.Stance == "denies")""");
        Assert.Matches(comparison, """s.Reliability is "A" or "B" or "C" """);
        Assert.Matches(comparison, """    "espionage" => "organizational-gain",""");
        Assert.DoesNotMatch(comparison, """case "json":""");
        Assert.Matches(LiteralGetProperty(), """claim.GetProperty("confidence")""");
        Assert.DoesNotMatch(LiteralGetProperty(), """claim.GetProperty(ClaimProperties.Confidence)""");
    }

    [GeneratedRegex("""\bGetProperty\("[^"]*"\)""")]
    private static partial Regex LiteralGetProperty();
}
