using System.Text.Json;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Cli;

/// <summary>Exit codes and outputs of <c>inc</c> (§7).</summary>
public sealed class CliTests
{
    private static string CleanIncident(string name = "test", string tlp = "clear") =>
        File.ReadAllText(Path.Combine(TestPaths.DiagnosticCases, "INC1001.inc"))
            .Replace("[|reliabilty|]", "reliability", StringComparison.Ordinal)
            .Replace("incident test {", $"incident {name} {{\n  tlp: {tlp}", StringComparison.Ordinal);

    [Fact]
    public async Task Check_on_clean_files_exits_0()
    {
        var result = await CliRunner.RunAsync(TestPaths.Root, "check", "examples");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("7 files checked: 0 errors, 0 warnings, 0 info.\n", result.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Check_with_errors_exits_1_and_prints_canonical_lines()
    {
        using var folder = new TempFolder();
        folder.Write("bad.inc", CleanIncident().Replace("sources: [src]", "sources: [srcc]", StringComparison.Ordinal));
        var result = await CliRunner.RunAsync(folder.Path, "check", "bad.inc");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("bad.inc(31,15): error INC1005: Undefined reference 'srcc'. Did you mean 'src'?\n", result.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Check_format_json_has_the_documented_shape()
    {
        using var folder = new TempFolder();
        folder.Write("bad.inc", CleanIncident().Replace("confidence: moderate", "confidence: moderat", StringComparison.Ordinal));
        var result = await CliRunner.RunAsync(folder.Path, "check", "--format", "json", ".");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray().ToList());
        Assert.Equal(["id", "severity", "message", "file", "line", "column", "endLine", "endColumn", "help"], diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal("INC1007", diagnostic.GetProperty("id").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("bad.inc", diagnostic.GetProperty("file").GetString());
        Assert.Equal(29, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(17, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(29, diagnostic.GetProperty("endLine").GetInt32());
        Assert.Equal(24, diagnostic.GetProperty("endColumn").GetInt32());
        var summary = root.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("files").GetInt32());
    }

    [Theory]
    [InlineData("check", "does-not-exist.inc")]
    [InlineData("check", "--format", "xml", "x.inc")]
    [InlineData("check")]
    [InlineData("frobnicate")]
    [InlineData("build", "--tlp", "purple", "x.inc")]
    [InlineData("build", "--format", "pdf", "x.inc")]
    [InlineData("explain", "INC4242")]
    [InlineData("check", "--config", "missing.json", "x.inc")]
    [InlineData("check", "--today", "tomorrow", "x.inc")]
    public async Task Bad_usage_and_unreadable_paths_exit_2(params string[] args)
    {
        using var folder = new TempFolder();
        folder.Write("x.inc", CleanIncident());
        var result = await CliRunner.RunAsync(folder.Path, args);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Stderr);
    }

    [Fact]
    public async Task An_unreadable_path_wins_over_errors()
    {
        using var folder = new TempFolder();
        folder.Write("bad.inc", "incident {");
        var result = await CliRunner.RunAsync(folder.Path, "check", "bad.inc", "missing.inc");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Explain_prints_the_help_of_an_id()
    {
        var result = await CliRunner.RunAsync(TestPaths.Root, "explain", "INC1005");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("INC1005: Undefined reference\nSeverity: error (cannot be changed)\n", result.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains("catalog", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_writes_a_starter_that_compiles_cleanly_and_never_overwrites()
    {
        using var folder = new TempFolder();
        var first = await CliRunner.RunAsync(folder.Path, "new", "acme-breach");
        Assert.Equal(0, first.ExitCode);
        var check = await CliRunner.RunAsync(folder.Path, "check", "acme-breach.inc");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("0 errors, 0 warnings", check.Stdout, StringComparison.Ordinal);
        var second = await CliRunner.RunAsync(folder.Path, "new", "acme-breach");
        Assert.Equal(2, second.ExitCode);
    }

    [Theory]
    [InlineData("event")]
    [InlineData("acme--breach")]
    public async Task New_refuses_a_name_that_is_not_one_identifier(string name)
    {
        using var folder = new TempFolder();
        var result = await CliRunner.RunAsync(folder.Path, "new", name);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a valid incident name", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(folder.Path));
    }

    [Fact]
    public async Task Build_writes_outputs_and_an_index()
    {
        using var folder = new TempFolder();
        var result = await CliRunner.RunAsync(TestPaths.Root, "build", "examples", "-o", folder.Path);
        Assert.Equal(0, result.ExitCode);
        foreach (var name in new[] { "salt-typhoon", "colonial-pipeline", "solarwinds" })
        {
            Assert.True(File.Exists(Path.Combine(folder.Path, name + ".html")));
            Assert.True(File.Exists(Path.Combine(folder.Path, name + ".json")));
        }

        Assert.True(File.Exists(Path.Combine(folder.Path, "index.html")));
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_failed_build_leaves_earlier_outputs_untouched()
    {
        using var folder = new TempFolder();
        var source = folder.Write("src/test.inc", CleanIncident());
        var output = Path.Combine(folder.Path, "out");
        Assert.Equal(0, (await CliRunner.RunAsync(folder.Path, "build", "src", "-o", output)).ExitCode);
        var before = File.ReadAllText(Path.Combine(output, "test.json"));

        File.WriteAllText(source, CleanIncident().Replace("title: \"Test incident\"", "title: \"Changed\"", StringComparison.Ordinal).Replace("sources: [src]", "sources: [src, nope]", StringComparison.Ordinal));
        var failed = await CliRunner.RunAsync(folder.Path, "build", "src", "-o", output);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("INC1005", failed.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(output, "test.json")));
    }

    [Theory]
    [InlineData("amber", null, 1)]
    [InlineData("amber", "amber", 0)]
    [InlineData("red", "amber-strict", 1)]
    [InlineData("green", null, 0)]
    public async Task INC2011_gates_restricted_incidents(string tlp, string? allowed, int exitCode)
    {
        using var folder = new TempFolder();
        folder.Write("test.inc", CleanIncident(tlp: tlp));
        var output = Path.Combine(folder.Path, "out");
        string[] args = allowed is null ? ["build", "test.inc", "-o", output] : ["build", "test.inc", "-o", output, "--tlp", allowed];
        var result = await CliRunner.RunAsync(folder.Path, args);
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal(exitCode == 0, File.Exists(Path.Combine(output, "test.json")));
        Assert.Equal(exitCode == 0, File.Exists(Path.Combine(output, "test.html")));
        if (exitCode == 1)
        {
            Assert.Contains("test.inc(3,8): error INC2011: Incident 'test' is TLP:", result.Stdout, StringComparison.Ordinal);
        }

        // check does not report INC2011 (§5).
        var check = await CliRunner.RunAsync(folder.Path, "check", "test.inc");
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public async Task Catalogs_resolve_when_a_single_file_is_checked()
    {
        var result = await CliRunner.RunAsync(TestPaths.Root, "check", "examples/solarwinds.inc");
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Excluded_files_stay_out_of_folder_compilations()
    {
        using var folder = new TempFolder();
        folder.Write("incidentlang.json", "{ \"exclude\": [\"tests/**\"] }");
        folder.Write("good.inc", CleanIncident());
        folder.Write("tests/broken.inc", "incident {");
        Assert.Equal(0, (await CliRunner.RunAsync(folder.Path, "check", ".")).ExitCode);
        Assert.Equal(1, (await CliRunner.RunAsync(folder.Path, "check", "tests/broken.inc")).ExitCode);
    }
}
