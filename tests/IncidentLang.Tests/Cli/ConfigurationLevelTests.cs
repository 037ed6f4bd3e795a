using IncidentLang.Tests.Analyzers;

namespace IncidentLang.Tests.Cli;

/// <summary>Rule levels: the nearest incidentlang.json wins, --config replaces the search, errors cannot be lowered (§5).</summary>
public sealed class ConfigurationLevelTests : AnalyzerTest
{
    private static readonly string WithoutSummary = Edit("  summary: \"A clean incident.\"\n", string.Empty);

    [Fact]
    public async Task The_nearest_configuration_wins()
    {
        using var folder = new TempFolder();
        folder.Write("incidentlang.json", "{ \"rules\": { \"INC2007\": \"error\" } }");
        folder.Write("a.inc", WithoutSummary);
        folder.Write("team/incidentlang.json", "{ \"rules\": { \"INC2007\": \"none\" } }");
        folder.Write("team/b.inc", WithoutSummary.Replace("incident test", "incident other", StringComparison.Ordinal));
        var result = await CliRunner.RunAsync(folder.Path, "check", ".");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a.inc(1,10): error INC2007", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("b.inc", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_option_replaces_the_search()
    {
        using var folder = new TempFolder();
        folder.Write("incidentlang.json", "{ \"rules\": { \"INC2007\": \"error\" } }");
        folder.Write("quiet.json", "{ \"rules\": { \"INC2007\": \"info\" } }");
        folder.Write("a.inc", WithoutSummary);
        var result = await CliRunner.RunAsync(folder.Path, "check", "--config", "quiet.json", "a.inc");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("a.inc(1,10): info INC2007", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_exit_0_unless_warnaserror()
    {
        using var folder = new TempFolder();
        folder.Write("a.inc", WithoutSummary);
        Assert.Equal(0, (await CliRunner.RunAsync(folder.Path, "check", "a.inc")).ExitCode);
        Assert.Equal(1, (await CliRunner.RunAsync(folder.Path, "check", "--warnaserror", "a.inc")).ExitCode);
    }

    [Fact]
    public async Task Infos_do_not_fail_warnaserror()
    {
        using var folder = new TempFolder();
        folder.Write("incidentlang.json", "{ \"rules\": { \"INC2007\": \"info\" } }");
        folder.Write("a.inc", WithoutSummary);
        Assert.Equal(0, (await CliRunner.RunAsync(folder.Path, "check", "--warnaserror", "a.inc")).ExitCode);
    }

    [Fact]
    public async Task Errors_cannot_be_lowered_and_the_attempt_is_INC3003()
    {
        using var folder = new TempFolder();
        folder.Write("incidentlang.json", "{ \"rules\": { \"INC1005\": \"none\" } }");
        folder.Write("a.inc", Edit("sources: [src]", "sources: [src, nope]"));
        var result = await CliRunner.RunAsync(folder.Path, "check", "a.inc");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error INC1005", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("incidentlang.json(1,14): warning INC3003", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_configuration_is_INC3001_not_a_crash()
    {
        using var folder = new TempFolder();
        folder.Write("incidentlang.json", "{ \"rules\": ");
        folder.Write("a.inc", Clean);
        var result = await CliRunner.RunAsync(folder.Path, "check", "a.inc");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("incidentlang.json(1,", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("error INC3001: Invalid JSON", result.Stdout, StringComparison.Ordinal);
    }
}
