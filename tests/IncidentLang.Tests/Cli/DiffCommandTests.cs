using System.Text.Json;
using IncidentLang.Tests.Diff;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Cli;

/// <summary><c>inc diff</c> on scratch git repositories built by each test (docs/diff.md).</summary>
public sealed class DiffCommandTests
{
    private const string Report = "reports/cht.inc";

    private static string Edit(string text, params (string From, string To)[] edits)
    {
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    private static string WithRevision(string text, string claim) =>
        text[..text.LastIndexOf('}')] + $"\n  revision {{\n    date: 2024-04-22\n    text: \"Reassessed {claim}.\"\n    claims: [{claim}]\n  }}\n}}\n";

    private static string Withdrawn(string text) =>
        Edit(text, ("text: \"A nation state was behind the attack.\"", "text: \"A nation state was behind the attack.\"\n    withdrawn: true"));

    private static GitScratch RepositoryWithBase()
    {
        var git = new GitScratch();
        git.Write(Report, DiffSamples.Base);
        git.Commit("base");
        return git;
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n");

    [Fact]
    public async Task Confidence_lowered_in_the_working_tree_without_a_revision_is_INC2018_and_fails_check()
    {
        using var git = RepositoryWithBase();
        git.Write(Report, Edit(DiffSamples.Base, ("confidence: high", "confidence: moderate")));

        var result = await CliRunner.RunAsync(git.Path, "diff", "base", "--check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        var commit = git.Git("rev-parse", "--short=7", "base").Trim();
        Assert.Equal($"""
            Changes from base ({commit}) to working tree:

            incident cht (Change Healthcare ransomware attack)
              claim ransomware (key): confidence lowered: high → moderate

            reports/cht.inc(40,9): warning INC2018: Claim 'ransomware': confidence lowered from high to moderate, and no revision added in this change names it

            1 incident changed, 1 judgement change without a revision (INC2018).

            """, Normalize(result.Stdout));

        var withoutCheck = await CliRunner.RunAsync(git.Path, "diff", "base");
        Assert.Equal(0, withoutCheck.ExitCode);
    }

    [Fact]
    public async Task Confidence_lowered_with_a_revision_naming_the_claim_passes_check()
    {
        using var git = RepositoryWithBase();
        git.Write(Report, WithRevision(Edit(DiffSamples.Base, ("confidence: high", "confidence: moderate")), "ransomware"));

        var result = await CliRunner.RunAsync(git.Path, "diff", "base", "--check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("claim ransomware (key): confidence lowered: high → moderate", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("INC2018:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_withdrawn_between_two_commits_is_located_at_the_head_revision()
    {
        using var git = RepositoryWithBase();
        git.Write(Report, Withdrawn(DiffSamples.Base));
        git.Commit("head");
        git.Write(Report, "garbage that the working tree holds and HEAD does not");

        var result = await CliRunner.RunAsync(git.Path, "diff", "base", "head", "--check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("  claim nation-state: withdrawn\n", Normalize(result.Stdout), StringComparison.Ordinal);
        Assert.Contains("reports/cht.inc@head(53,9): warning INC2018: Claim 'nation-state': withdrawn, and no revision added in this change names it\n", Normalize(result.Stdout), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_withdrawn_with_a_revision_is_reported_without_INC2018()
    {
        using var git = RepositoryWithBase();
        git.Write(Report, WithRevision(Withdrawn(DiffSamples.Base), "nation-state"));
        git.Commit("head");

        var result = await CliRunner.RunAsync(git.Path, "diff", "base", "head", "--check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  claim nation-state: withdrawn\n", Normalize(result.Stdout), StringComparison.Ordinal);
        Assert.Contains("1 incident changed, 0 judgement changes without a revision (INC2018).", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_for_a_pull_request_matches_its_baseline()
    {
        using var git = RepositoryWithBase();
        var head = Edit(
            Withdrawn(DiffSamples.Base),
            ("tlp: clear", "tlp: amber"),
            ("confidence: high", "confidence: moderate"),
            ("sources: [wsj]\n  }", "sources: [wsj, reuters]\n  }"),
            ("indicators: [c2]\n", string.Empty),
            ("  indicator c2 {\n    kind: ipv4\n    value: \"198.51.100.7\"\n    sources: [reuters]\n  }\n\n", string.Empty),
            ("techniques: [T1486]", "techniques: [T1486, T1190]"));
        git.Write(Report, WithRevision(head, "nation-state"));
        git.Write("reports/other.inc", DiffSamples.Base.Replace("incident cht {", "incident other {", StringComparison.Ordinal).Replace("Change Healthcare ransomware attack", "Another | *attack* <b>", StringComparison.Ordinal));
        git.Commit("head");

        var result = await CliRunner.RunAsync(git.Path, "diff", "base", "head", "--format", "markdown", "--check");

        Assert.Equal(1, result.ExitCode);
        Baseline.AssertMatches(Path.Combine(TestPaths.Baselines, "diff", "pull-request.md"), result.Stdout);
    }

    [Fact]
    public async Task Json_has_the_documented_shape()
    {
        using var git = RepositoryWithBase();
        git.Write(Report, Edit(DiffSamples.Base, ("tlp: clear", "tlp: red"), ("value: \"198.51.100.7\"", "value: \"203.0.113.9\""), ("sources: [wsj]\n  }", "sources: [reuters]\n  }")));

        var result = await CliRunner.RunAsync(git.Path, "diff", "base", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(["version", "base", "head", "incidents", "diagnostics", "summary"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("base", root.GetProperty("base").GetProperty("revision").GetString());
        Assert.Equal(git.Git("rev-parse", "base").Trim(), root.GetProperty("base").GetProperty("commit").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("head").GetProperty("revision").ValueKind);
        var incident = Assert.Single(root.GetProperty("incidents").EnumerateArray().ToList());
        Assert.Equal("changed", incident.GetProperty("change").GetString());
        Assert.Equal("""{"before":"clear","after":"red","direction":"raised"}""", Compact(incident.GetProperty("tlp")));
        var claim = Assert.Single(incident.GetProperty("claims").EnumerateArray().ToList());
        Assert.Equal(["name", "change", "text", "isKey", "confidence", "likelihood", "key", "standingBefore", "standingAfter", "supersededByBefore", "supersededBy", "sourcesAdded", "sourcesRemoved"], claim.EnumerateObject().Select(p => p.Name));
        Assert.Equal("nation-state", claim.GetProperty("name").GetString());
        Assert.Equal("""["reuters"]""", Compact(claim.GetProperty("sourcesAdded")));
        Assert.Equal("""["wsj"]""", Compact(claim.GetProperty("sourcesRemoved")));
        Assert.Equal(
            """{"added":[{"key":"ipv4:203.0.113.9","label":"c2","description":"ipv4 203.0.113[.]9"}],"removed":[{"key":"ipv4:198.51.100.7","label":"c2","description":"ipv4 198.51.100[.]7"}]}""",
            Compact(incident.GetProperty("indicators")));
        Assert.Empty(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("""{"incidents":1,"claims":1,"unexplained":0}""", Compact(root.GetProperty("summary")));

        static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
    }

    [Fact]
    public async Task Paths_are_relative_to_the_current_folder_and_projects_are_read_at_the_revision()
    {
        using var git = new GitScratch();
        git.Write("reports/incidentlang.json", """{ "catalogs": ["catalog/*.inc"] }""");
        git.Write("reports/catalog/sources.inc", "source wsj {\n  name: \"The Wall Street Journal\"\n  kind: press\n  reliability: B\n}\n");
        var local = DiffSamples.Base.Replace("  source wsj {\n    name: \"The Wall Street Journal\"\n    kind: press\n    reliability: B\n  }\n\n", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(DiffSamples.Base, local);
        git.Write("reports/2024/cht.inc", local);
        git.Write("elsewhere/ignored.inc", "this file is not in the compared folder");
        git.Commit("base");
        // At HEAD, the project lowers INC2018 to none: the change is reported, the finding is not.
        git.Write("reports/incidentlang.json", """{ "catalogs": ["catalog/*.inc"], "rules": { "INC2018": "none" } }""");
        git.Write("reports/2024/cht.inc", Edit(local, ("confidence: high", "confidence: low")));

        var result = await CliRunner.RunAsync(Path.Combine(git.Path, "reports"), "diff", "base", "2024", "--check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Contains("claim ransomware (key): confidence lowered: high → low", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("INC2018:", result.Stdout, StringComparison.Ordinal);

        var atBase = await CliRunner.RunAsync(Path.Combine(git.Path, "reports"), "diff", "base", "base", "2024/cht.inc");
        Assert.Equal(0, atBase.ExitCode);
        Assert.Contains("No changes", atBase.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_added_after_base_is_an_added_incident()
    {
        using var git = RepositoryWithBase();
        git.Write("reports/new.inc", DiffSamples.Base.Replace("incident cht {", "incident fresh {", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync(git.Path, "diff", "base", "reports/new.inc");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("incident fresh (Change Healthcare ransomware attack): added", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-branch", "diff", "no-such-branch", "--check")]
    [InlineData("base~5", "diff", "base~5")]
    [InlineData("--cached", "diff", "--", "--cached")]
    public async Task A_base_that_is_not_a_commit_exits_2_with_a_clear_message(string revision, params string[] arguments)
    {
        using var git = RepositoryWithBase();
        var result = await CliRunner.RunAsync(git.Path, arguments);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal($"inc: '{revision}' is not a commit of this repository (a branch, tag, commit ID or expression such as HEAD~1).\n", Normalize(result.Stderr));
    }

    [Fact]
    public async Task A_head_that_is_neither_a_commit_nor_a_path_exits_2()
    {
        using var git = RepositoryWithBase();
        var result = await CliRunner.RunAsync(git.Path, "diff", "base", "no-such-branch");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("inc: 'no-such-branch' is neither a commit of this repository nor a file or folder at base or in the working tree.\n", Normalize(result.Stderr));
    }

    [Fact]
    public async Task Outside_a_git_repository_exits_2()
    {
        using var folder = new TempFolder();
        folder.Write("cht.inc", DiffSamples.Base);
        var result = await CliRunner.RunAsync(folder.Path, "diff", "main");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith($"inc: '{folder.Path}' is not in a git repository", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task INC2018_is_explained_by_inc_explain()
    {
        var result = await CliRunner.RunAsync(TestPaths.Root, "explain", "INC2018");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Judgement changed without a revision", result.Stdout, StringComparison.Ordinal);
    }
}
