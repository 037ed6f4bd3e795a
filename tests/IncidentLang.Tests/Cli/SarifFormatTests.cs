using System.Text.Json;
using IncidentLang.Diagnostics;
using IncidentLang.Tests.Analyzers;

namespace IncidentLang.Tests.Cli;

/// <summary><c>inc check --format sarif</c>: rules for every ID, full regions, stable fingerprints.</summary>
public sealed class SarifFormatTests : AnalyzerTest
{
    private static async Task<JsonElement> SarifOf(TempFolder folder)
    {
        var result = await CliRunner.RunAsync(folder.Path, "check", "--format", "sarif", ".");
        Assert.NotEqual(2, result.ExitCode);
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    [Fact]
    public async Task The_log_describes_every_rule_and_every_result()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        folder.Write("reports/a.inc", Edit("sources: [src]", "sources: [srcc]"));
        var log = await SarifOf(folder);
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        var run = log.GetProperty("runs")[0];
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("IncidentLang", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("informationUri").GetString()));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r =>
        {
            foreach (var name in new[] { "name", "shortDescription", "fullDescription", "help", "defaultConfiguration" })
            {
                Assert.True(r.TryGetProperty(name, out _), name);
            }
        });

        var result = Assert.Single(run.GetProperty("results").EnumerateArray().ToList());
        Assert.Equal("INC1005", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("Undefined reference 'srcc'. Did you mean 'src'?", result.GetProperty("message").GetProperty("text").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("reports/a.inc", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal([29, 15, 29, 19], new[] { "startLine", "startColumn", "endLine", "endColumn" }.Select(p => region.GetProperty(p).GetInt32()));
    }

    [Fact]
    public async Task Fingerprints_survive_unrelated_edits_above_the_problem()
    {
        using var folder = new TempFolder();
        var text = Edit("sources: [src]", "sources: [srcc]");
        folder.Write("a.inc", text);
        var before = (await SarifOf(folder)).GetProperty("runs")[0].GetProperty("results")[0].GetProperty("partialFingerprints").GetRawText();
        folder.Write("a.inc", "// a new comment\n// and another\n" + text.Replace("\"Source\"", "\"Renamed source\"", StringComparison.Ordinal));
        var after = (await SarifOf(folder)).GetProperty("runs")[0].GetProperty("results")[0].GetProperty("partialFingerprints").GetRawText();
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("/work/repo/reports/a b.inc", "reports/a%20b.inc")]
    [InlineData("/work/repo/a.inc", "a.inc")]
    [InlineData("/work/other/catalog.inc", "file:///work/other/catalog.inc")] // never "../other/catalog.inc"
    [InlineData("/work/repo-two/x y.inc", "file:///work/repo-two/x%20y.inc")]
    public void A_file_outside_the_repository_gets_its_absolute_file_uri(string path, string uri)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix paths
        }

        Assert.Equal(uri, IncidentLang.Cli.Reporting.SarifDiagnosticWriter.RepositoryRelative(path, "/work/repo"));
    }
}
