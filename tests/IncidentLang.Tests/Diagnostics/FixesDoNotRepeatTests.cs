using IncidentLang.Diagnostics;
using IncidentLang.Tests.Analyzers;
using IncidentLang.Tests.Infrastructure;
using IncidentLang.Text;

namespace IncidentLang.Tests.Diagnostics;

/// <summary>
/// No fix makes a list name the same thing twice, or a declaration give a property twice (docs/language.md, "Fixing what can be
/// fixed"): "did you mean" (INC1005, INC1017) does not suggest what the list already has, nor INC1001 a property already given,
/// and INC2012 removes a revoked ID whose replacement the list already has.
/// </summary>
public sealed class FixesDoNotRepeatTests : AnalyzerTest
{
    private static string WithTechniques(string techniques) => Edit("    sources: [src]\n  }", $"    sources: [src]\n    techniques: [{techniques}]\n  }}");

    private static string WithSources(string sources) => Edit("    sources: [src]\n  }", $"    sources: [{sources}]\n  }}");

    /// <summary>The text after every fix of every diagnostic, as <c>inc check --fix</c> applies them.</summary>
    private static string FixAll(string text)
    {
        var source = SourceText.From(text, "test0.inc");
        var result = FixApplier.Apply(source, TestCompiler.Compile(text).GetDiagnostics());
        Assert.Empty(result.Skipped);
        return result.Text.Text;
    }

    [Fact]
    public void INC1005_does_not_suggest_a_declaration_the_list_already_names()
    {
        var diagnostic = AssertSingle(WithSources("src, [|srd|]"), "INC1005", "Undefined reference 'srd'");
        Assert.Null(diagnostic.Suggestion);
        Assert.Null(diagnostic.Fix);
    }

    [Fact]
    public void INC1005_still_suggests_the_declaration_when_the_list_does_not_name_it() =>
        Assert.Equal("src", AssertSingle(WithSources("[|srd|]"), "INC1005", "Undefined reference 'srd'. Did you mean 'src'?").Fix!.Changes[0].NewText);

    [Fact]
    public void INC1001_does_not_suggest_a_property_the_declaration_already_gives()
    {
        var diagnostic = AssertSingle(Edit("    confidence: moderate\n", "    confidence: moderate\n    [|confidense|]: high\n"), "INC1001",
            "Unknown property 'confidense' for a claim ('confidence' is already given)");
        Assert.Null(diagnostic.Fix);

        // Given by its alias (actor: for actors) or later in the declaration, it counts the same.
        Assert.Null(AssertSingle(Edit("    actors: [act]\n", "    [|actros|]: [act]\n    actor: act\n"), "INC1001",
            "Unknown property 'actros' for a claim ('actors' is already given)").Fix);
        Assert.Equal("credibility", AssertSingle(Edit("    credibility: 2\n", "    [|credibilty|]: 2\n"), "INC1001",
            "Unknown property 'credibilty' for a claim. Did you mean 'credibility'?").Fix!.Changes[0].NewText);
    }

    [Fact]
    public void INC1017_does_not_suggest_an_ID_the_list_already_names()
    {
        var diagnostic = AssertSingle(WithTechniques("T1609, [|T1909|]"), "INC1017", "Unknown ATT&CK technique 'T1909' (not in ATT&CK Enterprise 18.1)");
        Assert.Null(diagnostic.Fix);
        Assert.Equal("T1609",
            AssertSingle(WithTechniques("T1190, [|T1909|]"), "INC1017",
                "Unknown ATT&CK technique 'T1909' (not in ATT&CK Enterprise 18.1). Did you mean 'T1609' (Container Administration Command)?").Fix!.Changes[0].NewText);
    }

    [Theory]
    [InlineData("T1059.001, [|T1086|]", "techniques: [T1059.001]")] // the last item: with the comma before it
    [InlineData("[|T1086|], T1190, T1059.001", "techniques: [T1190, T1059.001]")] // the first: with the comma after it
    [InlineData("T1190, [|T1086|], T1059.001", "techniques: [T1190, T1059.001]")]
    public void INC2012_fix_removes_a_revoked_ID_whose_replacement_the_list_already_names(string techniques, string expected)
    {
        var marked = WithTechniques(techniques);
        var diagnostic = AssertSingle(marked, "INC2012",
            "ATT&CK technique 'T1086' (PowerShell) is revoked in ATT&CK Enterprise 18.1; use 'T1059.001' (Command and Scripting Interpreter: PowerShell)");
        Assert.Equal("Remove 'T1086': 'T1059.001' is already listed", diagnostic.Fix!.Title);
        var fixedText = ApplyFix(MarkedSource.Parse(marked).Text, diagnostic);
        Assert.Contains(expected + "\n", fixedText, StringComparison.Ordinal);
        AssertClean(fixedText);
    }

    [Fact]
    public void INC2012_two_revoked_IDs_with_one_replacement_become_it_once()
    {
        // T1002 and T1022 are both revoked by T1560 (Archive Collected Data).
        var text = WithTechniques("T1002, T1190, T1022");
        var fixes = TestCompiler.Diagnose(text).Select(d => d.Id + " " + d.Fix!.Title);
        Assert.Equal(["INC2012 Replace with 'T1560'", "INC2012 Remove 'T1022': 'T1560' is already listed"], fixes);
        var fixedText = FixAll(text);
        Assert.Contains("techniques: [T1560, T1190]\n", fixedText, StringComparison.Ordinal);
        AssertClean(fixedText);
    }

    [Fact]
    public void INC2012_a_multi_line_list_loses_the_removed_line()
    {
        var text = Edit("    sources: [src]\n  }", "    sources: [src]\n    techniques: [\n      T1086,\n      T1059.001,\n    ]\n  }");
        var fixedText = FixAll(text);
        Assert.Contains("    techniques: [\n      T1059.001,\n    ]\n", fixedText, StringComparison.Ordinal);
        AssertClean(fixedText);
    }
}
