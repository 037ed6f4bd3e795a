using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Cli;

/// <summary>
/// <c>inc check</c> and <c>inc build</c> over many files (docs/performance.md, "Many files"): files are parsed and
/// incidents rendered in parallel, yet every output is byte-identical, in the same order, whatever <c>--jobs</c> is.
/// </summary>
public sealed class ManyFilesTests
{
    private const int FileCount = 48;

    /// <summary>A folder of reports in three subfolders: most clean, some with errors, one restricted (TLP red), one duplicate name.</summary>
    private static TempFolder Reports()
    {
        var clean = File.ReadAllText(Path.Combine(TestPaths.DiagnosticCases, "INC1001.inc"))
            .Replace("[|reliabilty|]", "reliability", StringComparison.Ordinal);
        var folder = new TempFolder();
        for (var i = 0; i < FileCount; i++)
        {
            var text = clean.Replace("incident test {", $"incident report-{i:D2} {{\n  tlp: clear", StringComparison.Ordinal);
            text = (i % 7) switch
            {
                3 => text.Replace("sources: [src]", "sources: [src, srcc]", StringComparison.Ordinal), // INC1005 in this incident only
                5 => text.Replace("confidence: moderate", "confidence: moderat", StringComparison.Ordinal), // INC1007
                _ => text,
            };
            if (i == 20)
            {
                text = text.Replace("tlp: clear", "tlp: red", StringComparison.Ordinal); // INC2011 at build
            }

            folder.Write($"part-{i % 3}/report-{i:D2}.inc", text);
        }

        folder.Write("part-2/zz-duplicate.inc", clean.Replace("incident test {", "incident report-00 {", StringComparison.Ordinal)); // INC1004
        folder.Write("part-1/broken.inc", "incident broken {\n  title: \"unterminated\n");
        return folder;
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public async Task Check_reports_the_same_bytes_with_1_and_several_jobs(string format)
    {
        using var folder = Reports();
        var one = await CliRunner.RunAsync(folder.Path, "check", ".", "--today", "2026-06-01", "--format", format, "--jobs", "1");
        var several = await CliRunner.RunAsync(folder.Path, "check", ".", "--today", "2026-06-01", "--format", format, "--jobs", "4");
        Assert.Equal(1, one.ExitCode);
        Assert.Equal(one, several);
        Assert.Contains("INC1005", one.Stdout, StringComparison.Ordinal);
        Assert.Contains("INC1004", one.Stdout, StringComparison.Ordinal);
        Assert.Contains("INC0002", one.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_counts_every_file_and_lists_diagnostics_in_path_order()
    {
        using var folder = Reports();
        var result = await CliRunner.RunAsync(folder.Path, "check", ".", "--today", "2026-06-01", "--jobs", "3");
        var lines = result.Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.StartsWith($"{FileCount + 2} files checked: ", lines[^1], StringComparison.Ordinal);
        var paths = lines[..^1].Select(l => l[..l.IndexOf('(', StringComparison.Ordinal)]).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Equal(["part-0/report-03.inc", "part-0/report-12.inc", "part-0/report-24.inc", "part-0/report-33.inc", "part-0/report-45.inc"], paths.Where(p => p.StartsWith("part-0/", StringComparison.Ordinal)).Distinct());
    }

    [Fact]
    public async Task Build_writes_the_same_files_and_lines_with_1_and_several_jobs()
    {
        using var folder = Reports();
        var one = await CliRunner.RunAsync(folder.Path, "build", ".", "--today", "2026-06-01", "-o", "out-1", "--jobs", "1");
        var several = await CliRunner.RunAsync(folder.Path, "build", ".", "--today", "2026-06-01", "-o", "out-4", "--jobs", "4");
        Assert.Equal(1, one.ExitCode);
        Assert.Equal(one.ExitCode, several.ExitCode);
        Assert.Equal(one.Stderr, several.Stderr);
        Assert.Equal(one.Stdout.Replace("out-1/", "out-4/", StringComparison.Ordinal), several.Stdout);

        var files = Directory.GetFiles(Path.Combine(folder.Path, "out-1")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(Path.Combine(folder.Path, "out-4")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Path, "out-1", file!)), File.ReadAllBytes(Path.Combine(folder.Path, "out-4", file!)));
        }

        // 48 reports: 7 with errors (every 7th from 3, every 7th from 5), report-20 too restricted; the duplicate and the broken file give nothing.
        var built = Enumerable.Range(0, FileCount).Where(i => i % 7 is not (3 or 5) && i != 20).ToList();
        Assert.Equal(built.Count * 3 + 1, files.Count);
        Assert.Contains("report-00.json", files);
        Assert.DoesNotContain("report-03.json", files);
        Assert.DoesNotContain("report-20.json", files);

        // "Wrote" lines follow the incidents' order (by file path, then declaration), each incident's files in format order, the index last.
        var wrote = one.Stdout.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("Wrote ", StringComparison.Ordinal)).ToList();
        Assert.Equal("Wrote out-1/report-00.json", wrote[0]);
        Assert.Equal("Wrote out-1/report-00.html", wrote[1]);
        Assert.Equal("Wrote out-1/report-00.stix.json", wrote[2]);
        Assert.Equal("Wrote out-1/index.html", wrote[^1]);
        Assert.Contains("error INC2011", one.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_cannot_be_written_loses_no_other_incidents_outputs()
    {
        using var folder = Reports();
        // A folder where report-07.json should go: that one output cannot be written.
        Directory.CreateDirectory(Path.Combine(folder.Path, "out", "report-07.json"));
        var result = await CliRunner.RunAsync(folder.Path, "build", ".", "--today", "2026-06-01", "-o", "out", "--jobs", "4");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("inc: cannot write the outputs of 'report-07': ", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.True(File.Exists(Path.Combine(folder.Path, "out", "report-06.json")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "out", "report-08.stix.json")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "out", "report-46.html")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "out", "index.html")));
        Assert.Contains("Wrote out/report-46.html\n", result.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("report-07.json", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_progress_line_is_silent_when_stderr_is_redirected()
    {
        using var folder = Reports();
        var check = await CliRunner.RunAsync(folder.Path, "check", ".", "--today", "2026-06-01");
        var build = await CliRunner.RunAsync(folder.Path, "build", ".", "--today", "2026-06-01", "-o", "out");
        Assert.Equal(string.Empty, check.Stderr);
        Assert.Equal(string.Empty, build.Stderr);
    }

    [Theory]
    [InlineData("check", "--jobs", "0", "x.inc")]
    [InlineData("build", "-j", "-3", "x.inc")]
    [InlineData("check", "--jobs", "many", "x.inc")]
    public async Task Jobs_below_1_are_bad_usage(params string[] args)
    {
        using var folder = new TempFolder();
        folder.Write("x.inc", "incident x {\n}\n");
        var result = await CliRunner.RunAsync(folder.Path, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("jobs", result.Stderr, StringComparison.OrdinalIgnoreCase);
    }
}
