using IncidentLang.Diagnostics;
using IncidentLang.Tests.Infrastructure;
using IncidentLang.Text;

namespace IncidentLang.Tests.Analyzers;

/// <summary>INC2021: a list that names the same declaration, ATT&amp;CK ID or text twice; the fix removes the later one.</summary>
public sealed class DuplicateListItemAnalyzerTests : AnalyzerTest
{
    private static string WithSources(string sources) => Edit("    sources: [src]\n  }", $"    sources: [{sources}]\n  }}");

    [Fact]
    public void INC2021_a_source_cited_twice_and_the_fix_removes_the_later_one()
    {
        var marked = Edit("source src {", "source src2 {\n    name: \"Other\"\n    kind: press\n    reliability: B\n  }\n\n  source src {", WithSources("src, src2, [|src|]"));
        var diagnostic = AssertSingle(marked, "INC2021", "'src' is already listed in 'sources'");
        Assert.Equal("Remove the repeated 'src'", diagnostic.Fix!.Title);
        var fixedText = ApplyFix(MarkedSource.Parse(marked).Text, diagnostic);
        Assert.Contains("    sources: [src, src2]\n", fixedText, StringComparison.Ordinal);
        AssertClean(fixedText);
    }

    [Fact]
    public void INC2021_the_same_ATTACK_technique_written_twice() =>
        AssertSingle(Edit("    sources: [src]\n  }", "    sources: [src]\n    techniques: [T1566, T1190, [|T1566|]]\n  }"), "INC2021", "'T1566' is already listed in 'techniques'");

    [Fact]
    public void INC2021_a_repeated_alias_is_quoted_as_written() =>
        AssertSingle(Edit("country: RU", "country: RU\n    aliases: [\"Night Crew\", [|\"Night Crew\"|]]"), "INC2021", "\"Night Crew\" is already listed in 'aliases'");

    [Fact]
    public void INC2021_a_third_occurrence_is_reported_too_and_fixing_all_leaves_one()
    {
        var text = WithSources("src, src, src");
        var diagnostics = TestCompiler.Diagnose(text);
        Assert.Equal(["INC2021 29:20", "INC2021 29:25"], diagnostics.Select(d => $"{d.Id} {d.Location.LineSpan.Start.Line + 1}:{d.Location.LineSpan.Start.Character + 1}"));

        // inc check --fix: the two removals touch, so the second waits for the next round.
        var source = SourceText.From(text, "test0.inc");
        var first = FixApplier.Apply(source, diagnostics);
        Assert.Single(first.Skipped);
        var second = FixApplier.Apply(first.Text, TestCompiler.Diagnose(first.Text.Text));
        Assert.Contains("    sources: [src]\n", second.Text.Text, StringComparison.Ordinal);
        AssertClean(second.Text.Text);
    }

    [Fact]
    public void INC2021_in_a_long_list_each_repeat_once()
    {
        // Over 16 items the rule keeps a set: the same answers as the pairwise look of short lists.
        var tags = string.Join(", ", Enumerable.Range(0, 40).Select(i => $"\"t{i % 25}\""));
        var diagnostics = TestCompiler.Diagnose(Edit("  summary: \"A clean incident.\"\n", $"  summary: \"A clean incident.\"\n  tags: [{tags}]\n"));
        Assert.Equal(Enumerable.Range(25, 15).Select(i => $"\"t{i % 25}\" is already listed in 'tags'"), diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void INC2021_not_reported_for_different_items_or_a_list_with_an_error()
    {
        AssertClean(Edit("country: RU", "country: RU\n    aliases: [\"Night Crew\", \"night crew\"]"));
        var diagnostic = Assert.Single(TestCompiler.Diagnose(WithSources("src, nope, src")));
        Assert.Equal("INC1005", diagnostic.Id);

        // A list left open by a syntax error: its syntax error alone.
        var open = TestCompiler.Diagnose(Edit("country: RU", "country: RU\n    aliases: [\"Night Crew\", \"Night Crew\"\n"));
        Assert.DoesNotContain(open, d => d.Id == "INC2021");
        Assert.Contains(open, d => d.Id.StartsWith("INC000", StringComparison.Ordinal));
    }
}
