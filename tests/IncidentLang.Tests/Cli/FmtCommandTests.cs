namespace IncidentLang.Tests.Cli;

/// <summary><c>inc fmt</c> and <c>inc fmt --check</c> exit codes (§7).</summary>
public sealed class FmtCommandTests
{
    [Fact]
    public async Task Fmt_rewrites_and_check_reports()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.inc", "incident a {title: \"t\" reported: 2024-01-01 summary: \"s\"}\n");
        var check = await CliRunner.RunAsync(folder.Path, "fmt", "--check", "a.inc");
        Assert.Equal(1, check.ExitCode);
        Assert.Equal("a.inc\n", check.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(0, (await CliRunner.RunAsync(folder.Path, "fmt", "a.inc")).ExitCode);
        Assert.Equal("incident a {\n  title: \"t\"\n  reported: 2024-01-01\n  summary: \"s\"\n}\n", File.ReadAllText(path));
        Assert.Equal(0, (await CliRunner.RunAsync(folder.Path, "fmt", "--check", "a.inc")).ExitCode);
    }

    [Fact]
    public async Task A_file_with_syntax_errors_is_left_unchanged_and_exits_1()
    {
        using var folder = new TempFolder();
        const string Broken = "incident a {title \"t\"}\n";
        var path = folder.Write("a.inc", Broken);
        var result = await CliRunner.RunAsync(folder.Path, "fmt", "a.inc");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("syntax errors", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Broken, File.ReadAllText(path));
    }

    [Fact]
    public async Task The_examples_are_formatted() =>
        Assert.Equal(0, (await CliRunner.RunAsync(IncidentLang.Tests.Infrastructure.TestPaths.Root, "fmt", "--check", "examples")).ExitCode);
}
