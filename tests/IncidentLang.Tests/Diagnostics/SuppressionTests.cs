using IncidentLang.Tests.Analyzers;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Diagnostics;

/// <summary><c>// inc-disable-next-line</c> and <c>// inc-disable-file</c> (§5), and INC2099 for IDs that suppress nothing.</summary>
public sealed class SuppressionTests : AnalyzerTest
{
    private static readonly string WithoutSummary = Edit("  summary: \"A clean incident.\"\n", string.Empty);

    [Fact]
    public void Next_line_suppresses_a_warning_starting_on_the_next_line() =>
        AssertClean("// inc-disable-next-line INC2007\n" + WithoutSummary);

    [Fact]
    public void Next_line_does_not_reach_further_lines() =>
        Assert.Contains(TestCompiler.Diagnose("// inc-disable-next-line INC2007\n\n" + WithoutSummary), d => d.Id == "INC2007");

    [Fact]
    public void File_wide_suppression_covers_the_whole_file() =>
        AssertClean(WithoutSummary + "// inc-disable-file INC2007 -- summaries are written later\n");

    [Fact]
    public void An_id_that_suppresses_nothing_is_INC2099_at_the_id()
    {
        var diagnostic = AssertSingle("// inc-disable-next-line INC2007 [|INC2003|]\n" + WithoutSummary, "INC2099", "'INC2003' in this suppression comment suppresses nothing");
        Assert.Equal(IncidentLang.Diagnostics.DiagnosticSeverity.Info, diagnostic.Severity);
    }

    [Fact]
    public void Errors_cannot_be_suppressed()
    {
        var diagnostics = TestCompiler.Diagnose(Edit("    sources: [src]\n", "    // inc-disable-next-line INC1005\n    sources: [src, nope]\n"));
        Assert.Contains(diagnostics, d => d.Id == "INC1005");
        Assert.Contains(diagnostics, d => d.Id == "INC2099");
    }
}
