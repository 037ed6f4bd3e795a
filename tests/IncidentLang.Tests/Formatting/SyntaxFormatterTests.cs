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
