using IncidentLang.Emit.Json;
using IncidentLang.Formatting;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using IncidentLang.Tests.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Tests.Formatting;

/// <summary>The formatter is idempotent, keeps every comment and never changes meaning, on every test input.</summary>
public sealed class SyntaxFormatterTests
{
    public static TheoryData<string> AllInputFiles() => RoundTripTests.AllInputFiles();

    [Theory]
    [MemberData(nameof(AllInputFiles))]
    public void Formatting_is_idempotent_keeps_comments_and_meaning(string relativePath)
    {
        var original = SyntaxTree.Parse(SourceText.FromBytes(File.ReadAllBytes(Path.Combine(TestPaths.Root, relativePath)), relativePath));
        var formatted = SyntaxFormatter.Format(original);
        if (formatted is null)
        {
            Assert.Contains(original.Diagnostics, d => d.Id.StartsWith("INC0", StringComparison.Ordinal));
            return;
        }

        var reparsed = SyntaxTree.Parse(formatted, relativePath);
        Assert.Empty(reparsed.Diagnostics);
        Assert.Equal(formatted, SyntaxFormatter.Format(reparsed));
        Assert.Equal(Comments(original), Comments(reparsed));

        // Meaning: the same diagnostics (by ID and message) and byte-identical JSON for every incident.
        var before = Compilation.Create([original], TestCompiler.Options);
        var after = Compilation.Create([reparsed], TestCompiler.Options);
        Assert.Equal(before.GetDiagnostics().Select(d => d.Id + " " + d.Message), after.GetDiagnostics().Select(d => d.Id + " " + d.Message));
        foreach (var incident in before.Bound.Incidents.Where(i => i.Name.Length > 0 && !before.HasErrors(i)))
        {
            var twin = after.Bound.Incidents.Single(i => i.Name == incident.Name);
            Assert.Equal(IncidentJsonEmitter.Emit(incident), IncidentJsonEmitter.Emit(twin));
        }
    }

    [Fact]
    public void The_messy_file_matches_its_formatted_baseline()
    {
        var path = Path.Combine(TestPaths.Baselines, "formatting", "messy.inc");
        var formatted = SyntaxFormatter.Format(SyntaxTree.Parse(File.ReadAllText(path), "messy.inc"));
        Baseline.AssertMatches(path + ".formatted", formatted!);
    }

    [Fact]
    public void A_file_with_syntax_errors_is_not_formatted() =>
        Assert.Null(SyntaxFormatter.Format(SyntaxTree.Parse("incident x { title \"t\" }")));

    [Fact]
    public void Long_lists_break_one_item_per_line_with_a_trailing_comma()
    {
        var items = string.Join(", ", Enumerable.Range(1, 12).Select(i => $"\"tag number {i}\""));
        var formatted = SyntaxFormatter.Format(SyntaxTree.Parse($"incident x {{ tags: [{items}] }}"))!;
        Assert.Contains("  tags: [\n    \"tag number 1\",\n", formatted, StringComparison.Ordinal);
        Assert.Contains("    \"tag number 12\",\n  ]\n", formatted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_list_written_one_item_per_line_is_joined_onto_one_line()
    {
        var formatted = SyntaxFormatter.Format(SyntaxTree.Parse(
            "incident x {\n  tags: [\n    \"ransomware\",\n    \"energy\",\n  ]\n  claim c {\n    text: \"t\"\n    sources: [\n      a,\n      b\n    ]\n  }\n}\n"))!;
        Assert.Equal("incident x {\n  tags: [\"ransomware\", \"energy\"]\n\n  claim c {\n    text: \"t\"\n    sources: [a, b]\n  }\n}\n", formatted);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void A_list_stays_on_one_line_when_the_line_fits_in_100_columns(int width, bool oneLine)
    {
        var line = "  tags: [\"" + new string('a', width - "  tags: [\"\"]".Length) + "\"]";
        Assert.Equal(width, line.Length);
        var formatted = SyntaxFormatter.Format(SyntaxTree.Parse($"incident x {{\n{line}\n}}\n"))!;
        Assert.Equal(oneLine, formatted.Contains(line + "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nested_list_counts_its_indentation()
    {
        // The inner list is 97 characters: on its own line at 4 spaces it would pass 100 columns.
        var inner = "[\"" + new string('b', 45) + "\", \"" + new string('b', 44) + "\"]";
        Assert.Equal(97, inner.Length);
        var formatted = SyntaxFormatter.Format(SyntaxTree.Parse($"incident x {{ tags: [{inner}, \"{new string('c', 10)}\"] }}"))!;
        Assert.All(formatted.Split('\n'), l => Assert.True(l.Length <= 100, l));
        Assert.Equal(formatted, SyntaxFormatter.Format(SyntaxTree.Parse(formatted)));
    }

    [Fact]
    public void A_list_after_a_line_comment_is_measured_on_its_continuation_line()
    {
        var items = string.Join(", ", Enumerable.Range(1, 9).Select(i => $"\"tag-{i}\""));
        var formatted = SyntaxFormatter.Format(SyntaxTree.Parse($"incident x {{\n  tags: // {new string('-', 60)}\n    [{items}]\n}}\n"))!;
        Assert.Contains($"\n    [{items}]\n", formatted, StringComparison.Ordinal);
    }

    [Fact]
    public void Invisible_bidirectional_characters_are_made_visible_as_escapes()
    {
        var formatted = SyntaxFormatter.Format(SyntaxTree.Parse("incident x { title: \"a\u202Eb\" }"))!;
        Assert.Contains("title: \"a\\u{202E}b\"", formatted, StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_files_stay_crlf()
    {
        var formatted = SyntaxFormatter.Format(SyntaxTree.Parse("incident x {\r\n title: \"t\" }\r\n"))!;
        Assert.Equal("incident x {\r\n  title: \"t\"\r\n}\r\n", formatted);
    }

    private static List<string> Comments(SyntaxTree tree) =>
        [.. tree.Root.DescendantTokens().SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)).Where(t => SyntaxFacts.IsComment(t.Kind)).Select(t => t.Text.TrimEnd())];
}
