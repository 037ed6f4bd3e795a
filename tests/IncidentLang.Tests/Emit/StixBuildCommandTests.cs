using System.Text.Json;
using IncidentLang.Tests.Cli;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Emit;

/// <summary><c>inc build</c> writes <c>&lt;id&gt;.stix.json</c> (§6, §7): by default, alone with <c>--format stix</c>, and under the TLP gate.</summary>
public sealed class StixBuildCommandTests
{
    private const string Incident = """
        incident gated {
          title: "Gated"
          reported: 2024-11-20
          tlp: TLP
          summary: "Summary."
          source news { name: "Example News" kind: press reliability: B }
          actor hackers { name: "Hackers" kind: criminal }
          target victim { name: "Victim" }
          claim breach {
            text: "The hackers breached the victim."
            actors: [hackers]
            targets: [victim]
            confidence: moderate
            sources: [news]
          }
        }
        """;

    [Fact]
    public async Task Build_writes_a_bundle_per_incident_by_default()
    {
        using var folder = new TempFolder();
        var result = await CliRunner.RunAsync(TestPaths.Root, "build", "examples", "-o", folder.Path);
        Assert.Equal(0, result.ExitCode);
        foreach (var name in new[] { "salt-typhoon", "colonial-pipeline", "solarwinds" })
        {
            var path = Path.Combine(folder.Path, name + ".stix.json");
            Assert.True(File.Exists(path), path);
            Assert.Contains("Wrote " + path.Replace('\\', '/'), result.Stdout, StringComparison.Ordinal);
            Assert.Equal("bundle", JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("type").GetString());
        }

        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Format_stix_writes_only_the_bundles()
    {
        using var folder = new TempFolder();
        var result = await CliRunner.RunAsync(TestPaths.Root, "build", "examples", "-o", folder.Path, "--format", "stix");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["change-healthcare.stix.json", "colonial-pipeline.stix.json", "moveit-transfer.stix.json", "salt-typhoon.stix.json", "solarwinds.stix.json", "volt-typhoon.stix.json"],
            Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Rebuilding_writes_the_same_bytes()
    {
        using var folder = new TempFolder();
        var first = Path.Combine(folder.Path, "first");
        var second = Path.Combine(folder.Path, "second");
        Assert.Equal(0, (await CliRunner.RunAsync(TestPaths.Root, "build", "examples", "-o", first, "--format", "stix")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(TestPaths.Root, "build", "examples", "-o", second, "--format", "stix")).ExitCode);
        foreach (var file in Directory.EnumerateFiles(first))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second, Path.GetFileName(file))));
        }
    }

    [Theory]
    [InlineData("amber", null, 1)]
    [InlineData("amber", "amber", 0)]
    [InlineData("red", "amber-strict", 1)]
    [InlineData("red", "red", 0)]
    [InlineData("green", null, 0)]
    public async Task INC2011_gates_the_STIX_bundle_too(string tlp, string? allowed, int exitCode)
    {
        using var folder = new TempFolder();
        folder.Write("gated.inc", Incident.Replace("tlp: TLP", "tlp: " + tlp, StringComparison.Ordinal));
        var output = Path.Combine(folder.Path, "out");
        string[] args = allowed is null
            ? ["build", "gated.inc", "-o", output, "--format", "stix"]
            : ["build", "gated.inc", "-o", output, "--format", "stix", "--tlp", allowed];
        var result = await CliRunner.RunAsync(folder.Path, args);
        Assert.Equal(exitCode, result.ExitCode);
        var path = Path.Combine(output, "gated.stix.json");
        Assert.Equal(exitCode == 0, File.Exists(path));
        if (exitCode == 1)
        {
            Assert.Contains("error INC2011", result.Stdout, StringComparison.Ordinal);
        }
        else
        {
            var objects = JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("objects").EnumerateArray().ToList();
            var marking = objects.Single(o => o.GetProperty("type").GetString() == "marking-definition");
            Assert.Equal("TLP:" + tlp.ToUpperInvariant(), marking.GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task Unknown_formats_are_still_bad_usage()
    {
        using var folder = new TempFolder();
        folder.Write("gated.inc", Incident.Replace("tlp: TLP", "tlp: clear", StringComparison.Ordinal));
        var result = await CliRunner.RunAsync(folder.Path, "build", "gated.inc", "--format", "stix,pdf");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("html, json, stix", result.Stderr, StringComparison.Ordinal);
    }
}
