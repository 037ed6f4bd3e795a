using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Cli;

/// <summary><c>inc check --fix [--dry-run]</c> (docs/language.md, "Fixing what can be fixed"): safe fixes applied, atomically, then a re-check.</summary>
public sealed class CheckFixTests
{
    private static string Clean() =>
        File.ReadAllText(Path.Combine(TestPaths.DiagnosticCases, "INC1001.inc"))
            .Replace("// expect: INC1001 Unknown property 'reliabilty' for a source. Did you mean 'reliability'?\n", string.Empty, StringComparison.Ordinal)
            .Replace("[|reliabilty|]", "reliability", StringComparison.Ordinal)
            .Replace("incident test {", "incident test {\n  tlp: clear", StringComparison.Ordinal);

    /// <summary>A misspelt property name, vocabulary value and reference.</summary>
    private static string Misspelt() =>
        Clean()
            .Replace("    reliability: B", "    reliabilty: B", StringComparison.Ordinal)
            .Replace("kind: criminal", "kind: criminl", StringComparison.Ordinal)
            .Replace("targets: [tgt]", "targets: [tg]", StringComparison.Ordinal);

    [Fact]
    public async Task Fix_corrects_a_misspelt_property_value_and_reference_and_rechecks_clean()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.inc", Misspelt());
        Assert.Equal(1, (await CliRunner.RunAsync(folder.Path, "check", "bad.inc")).ExitCode);

        var result = await CliRunner.RunAsync(folder.Path, "check", "--fix", "bad.inc");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Fixed bad.inc (3 fixes).\n1 file checked: 0 errors, 0 warnings, 0 info.\n", result.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(Clean(), File.ReadAllText(path));
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public async Task The_first_hour_file_is_five_diagnostics_and_fix_leaves_none()
    {
        using var folder = new TempFolder();
        var path = folder.Write("first-hour.inc", """
            incident test-case {
              title: “Smart quotes pasted from Word”
              reported: 21 Feb 2024
              summary: "x"
              tlp: amber+strict
              source wsj { name: "WSJ" kind: press }
              claim c1 { text: "Something happened." confidence: medium sources: [wsj-report] }
            }

            """);
        var before = await CliRunner.RunAsync(folder.Path, "check", "first-hour.inc");
        Assert.Equal(1, before.ExitCode);
        Assert.EndsWith("1 file checked: 5 errors, 0 warnings, 0 info.\n", before.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var result = await CliRunner.RunAsync(folder.Path, "check", "--fix", "first-hour.inc");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Fixed first-hour.inc (5 fixes).\n1 file checked: 0 errors, 0 warnings, 0 info.\n", result.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal(
            """
            incident test-case {
              title: "Smart quotes pasted from Word"
              reported: 2024-02-21
              summary: "x"
              tlp: amber-strict
              source wsj { name: "WSJ" kind: press }
              claim c1 { text: "Something happened." confidence: moderate sources: [wsj] }
            }

            """,
            File.ReadAllText(path));
    }

    [Fact]
    public async Task Fix_reports_what_remains_and_exits_with_the_code_of_the_fixed_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.inc", Misspelt().Replace("sources: [src]", "sources: [src, unrelated-name]", StringComparison.Ordinal));
        var result = await CliRunner.RunAsync(folder.Path, "check", "--fix", "bad.inc");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "Fixed bad.inc (3 fixes).\nbad.inc(30,20): error INC1005: Undefined reference 'unrelated-name'\n1 file checked: 1 error, 0 warnings, 0 info.\n",
            result.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains("kind: criminal", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_follows_a_corrected_property_to_its_misspelt_value()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.inc", Clean().Replace("confidence: moderate", "confidance: moderat", StringComparison.Ordinal));
        var result = await CliRunner.RunAsync(folder.Path, "check", "--fix", "bad.inc");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Clean(), File.ReadAllText(path));
    }

    [Fact]
    public async Task Dry_run_prints_the_exact_diff_and_leaves_the_file_byte_identical()
    {
        using var folder = new TempFolder();
        var path = folder.Write("reports/bad.inc", Misspelt());
        var before = File.ReadAllBytes(path);
        var result = await CliRunner.RunAsync(folder.Path, "check", "--fix", "--dry-run", "reports");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            --- a/reports/bad.inc
            +++ b/reports/bad.inc
            @@ -7,12 +7,12 @@
               source src {
                 name: "Source"
                 kind: press
            -    reliabilty: B
            +    reliability: B
               }
             
               actor act {
                 name: "Actor"
            -    kind: criminl
            +    kind: criminal
                 country: RU
               }
             
            @@ -24,7 +24,7 @@
               claim c1 {
                 text: "The actor accessed the target."
                 actors: [act]
            -    targets: [tg]
            +    targets: [tgt]
                 confidence: moderate
                 credibility: 2
                 sources: [src]

            """.ReplaceLineEndings("\n"),
            result.Stdout);
        Assert.Equal("Would apply 3 fixes in 1 file; afterwards:\n1 file checked: 0 errors, 0 warnings, 0 info.\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Single(Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Dry_run_merges_close_changes_into_one_hunk_and_marks_a_missing_final_newline()
    {
        using var folder = new TempFolder();
        folder.Write("a.inc", "incident a {\n  title: \"t\"\n  reported: 2024-01-01\n  summary: \"s\"\n  tlp: clera\n  status: resovled\n}");
        var result = await CliRunner.RunAsync(folder.Path, "check", "--fix", "--dry-run", "a.inc");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "--- a/a.inc\n+++ b/a.inc\n@@ -2,6 +2,6 @@\n   title: \"t\"\n   reported: 2024-01-01\n   summary: \"s\"\n-  tlp: clera\n-  status: resovled\n+  tlp: clear\n+  status: resolved\n }\n\\ No newline at end of file\n",
            result.Stdout);
    }

    [Fact]
    public async Task Dry_run_with_nothing_to_fix_prints_no_diff()
    {
        using var folder = new TempFolder();
        folder.Write("a.inc", Clean());
        var result = await CliRunner.RunAsync(folder.Path, "check", "--fix", "--dry-run", "a.inc");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith("No fixes to apply.\n", result.Stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--dry-run", "a.inc")]
    [InlineData("check", "--fix", "--dry-run", "--format", "json", "a.inc")]
    public async Task Dry_run_without_fix_or_with_a_machine_format_is_bad_usage(params string[] args)
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.inc", Misspelt());
        var result = await CliRunner.RunAsync(folder.Path, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--dry-run", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Misspelt(), File.ReadAllText(path));
    }

    [Fact]
    public async Task Fix_with_json_keeps_stdout_json_and_notes_on_stderr()
    {
        using var folder = new TempFolder();
        folder.Write("bad.inc", Misspelt());
        var result = await CliRunner.RunAsync(folder.Path, "check", "--fix", "--format", "json", "bad.inc");
        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("Fixed bad.inc (3 fixes).\n", result.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Fix_keeps_crlf_line_breaks_and_a_byte_order_mark()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "bad.inc");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Misspelt().ReplaceLineEndings("\r\n"))]);
        Assert.Equal(0, (await CliRunner.RunAsync(folder.Path, "check", "--fix", "bad.inc")).ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Clean().ReplaceLineEndings("\r\n"))], File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Fix_leaves_catalog_files_a_project_only_pulls_in_alone()
    {
        using var folder = new TempFolder();
        folder.Write("incidentlang.json", "{ \"catalogs\": [\"catalog/*.inc\"] }");
        var catalog = folder.Write("catalog/shared.inc", "source shared {\n  name: \"Shared\"\n  kind: pres\n}\n");
        folder.Write("reports/a.inc", Misspelt());
        var result = await CliRunner.RunAsync(folder.Path, "check", "--fix", "reports/a.inc");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("catalog/shared.inc(3,9): error INC1007", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("source shared {\n  name: \"Shared\"\n  kind: pres\n}\n", File.ReadAllText(catalog));
        Assert.Equal(Clean(), File.ReadAllText(Path.Combine(folder.Path, "reports", "a.inc")));
    }

    /// <summary>Every test input and example, copied: <c>--fix</c> a second time changes nothing the first did not.</summary>
    [Fact]
    public async Task Fix_twice_equals_fix_once_for_every_test_input()
    {
        using var folder = new TempFolder();
        var files = new List<string>();
        foreach (var root in new[] { TestPaths.Examples, Path.Combine(TestPaths.Root, "tests") })
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => (f.EndsWith(".inc", StringComparison.Ordinal) || Path.GetFileName(f) == "incidentlang.json")
                    && !f.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "node_modules")))
            {
                var relative = Path.GetRelativePath(TestPaths.Root, file).Replace('\\', '/');
                var copy = Path.Combine(folder.Path, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
                if (relative.EndsWith(".inc", StringComparison.Ordinal))
                {
                    files.Add(relative);
                }
            }
        }

        Assert.True(files.Count > 40, $"only {files.Count} inputs found");
        var original = Snapshot(folder.Path, files);
        foreach (var file in files)
        {
            Assert.NotEqual(2, (await CliRunner.RunAsync(folder.Path, "check", "--fix", "--today", "2026-01-15", file)).ExitCode);
        }

        var once = Snapshot(folder.Path, files);
        Assert.Contains(files, f => original[f] != once[f]);
        foreach (var file in files)
        {
            await CliRunner.RunAsync(folder.Path, "check", "--fix", "--today", "2026-01-15", file);
        }

        var twice = Snapshot(folder.Path, files);
        var changedAgain = files.Where(f => once[f] != twice[f]).ToList();
        Assert.True(changedAgain.Count == 0, "--fix changed these again: " + string.Join(", ", changedAgain));
    }

    /// <summary>The JSON built from a fixed file is the JSON of the file as it was before the typos.</summary>
    [Fact]
    public async Task The_json_of_a_fixed_example_equals_that_of_the_hand_fixed_one()
    {
        using var folder = new TempFolder();
        var examples = Path.Combine(folder.Path, "examples");
        Directory.CreateDirectory(Path.Combine(examples, "catalog"));
        File.Copy(Path.Combine(TestPaths.Examples, "incidentlang.json"), Path.Combine(examples, "incidentlang.json"));
        File.Copy(Path.Combine(TestPaths.Examples, "catalog", "agencies.inc"), Path.Combine(examples, "catalog", "agencies.inc"));
        var handFixed = File.ReadAllText(Path.Combine(TestPaths.Examples, "colonial-pipeline.inc"));
        var typos = handFixed
            .Replace("  status: resolved", "  status: reslved", StringComparison.Ordinal)
            .Replace("    reliability: B\n    published: 2021-05-19", "    reliabilty: B\n    published: 2021-05-19", StringComparison.Ordinal)
            .Replace("kind: criminal", "kind: crimnal", StringComparison.Ordinal);
        Assert.Equal(3, typos.Split('\n').Zip(handFixed.Split('\n')).Count(p => p.First != p.Second));
        File.WriteAllText(Path.Combine(examples, "colonial-pipeline.inc"), typos);

        var fixedResult = await CliRunner.RunAsync(folder.Path, "check", "--fix", "examples/colonial-pipeline.inc");
        Assert.Equal(0, fixedResult.ExitCode);
        Assert.Equal(handFixed, File.ReadAllText(Path.Combine(examples, "colonial-pipeline.inc")));

        var outFixed = Path.Combine(folder.Path, "out-fixed");
        var outHand = Path.Combine(folder.Path, "out-hand");
        Assert.Equal(0, (await CliRunner.RunAsync(folder.Path, "build", "--format", "json", "-o", outFixed, "examples/colonial-pipeline.inc")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(TestPaths.Root, "build", "--format", "json", "-o", outHand, "examples/colonial-pipeline.inc")).ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(outHand, "colonial-pipeline.json")), File.ReadAllText(Path.Combine(outFixed, "colonial-pipeline.json")));
    }

    private static Dictionary<string, string> Snapshot(string root, List<string> files) =>
        files.ToDictionary(f => f, f => Convert.ToHexString(File.ReadAllBytes(Path.Combine(root, f))), StringComparer.Ordinal);
}
