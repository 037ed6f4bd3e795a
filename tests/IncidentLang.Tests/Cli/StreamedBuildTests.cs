using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Cli;

/// <summary>
/// <c>inc build</c> renders each output straight into its file (docs/performance.md, "Rendering big incidents"): an
/// incident whose rendering fails after its first file was written leaves every earlier output as it was.
/// </summary>
public sealed class StreamedBuildTests
{
    [Fact]
    public async Task A_briefing_that_fails_to_render_leaves_the_incidents_earlier_outputs_untouched()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");
        var source = Path.Combine(folder.Path, "salt-typhoon.inc");
        File.Copy(Path.Combine(TestPaths.Root, "examples", "salt-typhoon.inc"), source);
        Assert.Equal(0, (await CliRunner.RunAsync(folder.Path, "build", "salt-typhoon.inc", "-o", output)).ExitCode);
        string[] files = ["salt-typhoon.json", "salt-typhoon.html", "salt-typhoon.stix.json"];
        var before = files.Select(f => File.ReadAllBytes(Path.Combine(output, f))).ToList();

        // The JSON changes (and is rendered first); the briefing template then fails half way through the page.
        File.WriteAllText(source, File.ReadAllText(source).Replace("title: \"", "title: \"Changed: ", StringComparison.Ordinal));
        folder.Write("templates/briefing.html.scriban", "<p>{{ title }}</p>\n{{ for i in 1..3 }}<i>{{ i }}</i>{{ end }}\n{{ nope.deeper.still }}{{ 1 / 0 }}\n");
        var failed = await CliRunner.RunAsync(folder.Path, "build", "salt-typhoon.inc", "-o", output, "--template", "templates");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("inc: template error while rendering 'salt-typhoon'", failed.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrote", failed.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, files.Select(f => File.ReadAllBytes(Path.Combine(output, f))));
        Assert.Equal(3, Directory.EnumerateFiles(output).Count());

        // Built again without the failing template, the outputs are those of the changed report.
        var rebuilt = await CliRunner.RunAsync(folder.Path, "build", "salt-typhoon.inc", "-o", output);
        Assert.Equal(0, rebuilt.ExitCode);
        Assert.Contains("Changed: ", File.ReadAllText(Path.Combine(output, "salt-typhoon.json")), StringComparison.Ordinal);
        Assert.Equal(3, Directory.EnumerateFiles(output).Count());
    }
}
