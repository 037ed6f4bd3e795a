using System.Text.Json;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Cli;

/// <summary>Paths are printed as the user gave them: absolute stays absolute, relative stays relative (never "../../tmp/…").</summary>
public sealed class PathDisplayTests
{
    private static string Broken() =>
        File.ReadAllText(Path.Combine(TestPaths.DiagnosticCases, "INC1001.inc")).Replace("[|reliabilty|]", "reliabilty", StringComparison.Ordinal);

    [Fact]
    public async Task An_absolute_file_path_is_printed_absolute()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.inc", Broken());
        var result = await CliRunner.RunAsync(TestPaths.Root, "check", path);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(path + "(10,5): error INC1001: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_found_in_an_absolute_folder_are_printed_absolute_even_inside_the_working_folder()
    {
        using var folder = new TempFolder();
        var path = folder.Write("reports/bad.inc", Broken());
        var result = await CliRunner.RunAsync(folder.Path, "check", "--format", "json", Path.Combine(folder.Path, "reports"));
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(path, json.RootElement.GetProperty("diagnostics")[0].GetProperty("file").GetString());
    }

    [Theory]
    [InlineData("sub", "../bad.inc", "../bad.inc")]
    [InlineData("", "./bad.inc", "bad.inc")]
    [InlineData("", ".", "bad.inc")]
    public async Task A_relative_path_is_printed_relative_to_the_working_folder(string workingFolder, string argument, string printed)
    {
        using var folder = new TempFolder();
        folder.Write("bad.inc", Broken());
        Directory.CreateDirectory(Path.Combine(folder.Path, "sub"));
        var result = await CliRunner.RunAsync(Path.Combine(folder.Path, workingFolder), "check", argument);
        Assert.StartsWith(printed + "(10,5): error INC1001: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_rewrites_a_file_given_by_an_absolute_path()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.inc", Broken());
        var result = await CliRunner.RunAsync(TestPaths.Root, "check", "--fix", path);
        Assert.StartsWith($"Fixed {path} (1 fix).\n", result.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("    reliability: B\n", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_uris_stay_relative_to_the_repository_when_the_path_is_absolute()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        var path = folder.Write("reports/a.inc", Broken());
        var result = await CliRunner.RunAsync(folder.Path, "check", "--format", "sarif", path);
        using var json = JsonDocument.Parse(result.Stdout);
        var location = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("reports/a.inc", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("sub/../../escape")]
    public async Task New_refuses_a_path_outside_the_current_folder(string name)
    {
        using var folder = new TempFolder();
        var inner = Path.Combine(folder.Path, "inner");
        Directory.CreateDirectory(inner);
        var result = await CliRunner.RunAsync(inner, "new", name);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"inc: '{name}' is outside the current folder; inc new writes only inside it (run it from the folder the report belongs in).\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path, "*.inc", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task New_refuses_an_absolute_path_outside_the_current_folder()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        var target = Path.Combine(elsewhere.Path, "x");
        var result = await CliRunner.RunAsync(folder.Path, "new", target);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is outside the current folder", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(target + ".inc"));
    }

    [Fact]
    public async Task New_may_write_into_a_subfolder()
    {
        using var folder = new TempFolder();
        var result = await CliRunner.RunAsync(folder.Path, "new", "reports/acme-breach");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "reports", "acme-breach.inc")));
    }
}
