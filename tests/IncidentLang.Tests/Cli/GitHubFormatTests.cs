using IncidentLang.Cli.Reporting;
using IncidentLang.Tests.Analyzers;

namespace IncidentLang.Tests.Cli;

/// <summary><c>inc check --format github</c>: workflow commands with GitHub's escaping, and the step summary.</summary>
public sealed class GitHubFormatTests : AnalyzerTest
{
    [Theory]
    [InlineData("100% sure\r\nnext", "100%25 sure%0D%0Anext")]
    [InlineData("a:b,c", "a:b,c")]
    public void Message_data_escapes_percent_cr_and_lf(string text, string expected) =>
        Assert.Equal(expected, GitHubDiagnosticWriter.EscapeData(text));

    [Theory]
    [InlineData("dir,1/a:b.inc", "dir%2C1/a%3Ab.inc")]
    [InlineData("50%\n", "50%25%0A")]
    public void Properties_also_escape_colon_and_comma(string text, string expected) =>
        Assert.Equal(expected, GitHubDiagnosticWriter.EscapeProperty(text));

    [Fact]
    public async Task Annotations_carry_the_full_region_and_the_summary_lists_everything()
    {
        using var folder = new TempFolder();
        folder.Write("a.inc", Edit("sources: [src]", "sources: [srcc]", Edit("  summary: \"A clean incident.\"\n", string.Empty)));
        var summary = Path.Combine(folder.Path, "summary.md");
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", summary);
        try
        {
            var result = await CliRunner.RunAsync(folder.Path, "check", "--format", "github", "a.inc");
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(
                "::warning file=a.inc,line=1,endLine=1,col=10,endColumn=14,title=INC2007::Incident 'test' has no summary\n" +
                "::error file=a.inc,line=28,endLine=28,col=15,endColumn=19,title=INC1005::Undefined reference 'srcc'. Did you mean 'src'?\n",
                result.Stdout.ReplaceLineEndings("\n"));
            var markdown = File.ReadAllText(summary);
            Assert.Contains("| error | INC1005 | a.inc | 28 | 15 | Undefined reference 'srcc'. Did you mean 'src'? |", markdown, StringComparison.Ordinal);
            Assert.Contains("1 errors, 1 warnings, 0 infos in 1 files", markdown, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", null);
        }
    }
}
