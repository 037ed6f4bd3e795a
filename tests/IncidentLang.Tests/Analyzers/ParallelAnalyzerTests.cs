using IncidentLang.Analyzers;
using IncidentLang.Analyzers.Rules;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using Xunit;

namespace IncidentLang.Tests.Analyzers;

/// <summary>
/// One large unit and several threads (docs/performance.md, "Throughput and memory of one large file"): the analyzers of the unit run
/// in parallel, each into a list of its own, and the lists are joined in analyzer order, so every diagnostic, its fix and its place in
/// the list are what one thread gives.
/// </summary>
public sealed class ParallelAnalyzerTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Each_file_alone_gives_on_several_threads_exactly_what_one_gives(int jobs)
    {
        var files = Directory.EnumerateFiles(TestPaths.Examples, "*.inc", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.Root, "tests"), "*.inc", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var mostRules = 0;
        foreach (var file in files)
        {
            var tree = SyntaxTree.Parse(File.ReadAllText(file), Path.GetRelativePath(TestPaths.Root, file).Replace('\\', '/'));
            var one = Compilation.Create([tree], TestCompiler.Options);
            var several = Compilation.Create([tree], TestCompiler.Options with { MaxDegreeOfParallelism = jobs });

            var expected = Describe(one);
            Assert.Equal(expected, Describe(several));
            Assert.Equal(Analyse(tree, 1), Analyse(tree, jobs));
            if (one.Bound.Units.Length == 1)
            {
                mostRules = Math.Max(mostRules, one.GetDiagnostics().Where(d => d.Id.StartsWith("INC2", StringComparison.Ordinal)).Select(d => d.Id).Distinct().Count());
            }
        }

        // The order of the lists matters only when one unit gets diagnostics from several rules: some file must.
        Assert.True(files.Count > 40, $"only {files.Count} files");
        Assert.True(mostRules >= 3, $"no one-unit file with diagnostics of 3 rules (at most {mostRules})");
    }

    [Fact]
    public void A_large_incident_on_two_threads_gives_what_one_gives()
    {
        // Claims that break several rules each, in one incident (one unit, large enough for its rules to run in parallel in a real
        // compilation): a high-confidence claim without a source, wording that contradicts its confidence, an attribution without
        // confidence.
        var claims = string.Concat(Enumerable.Range(0, AnalyzerDriver.MinMembersForParallelRules + 10).Select(i =>
            $"  claim c{i} {{ text: \"APT-{i} almost certainly did it\" actors: [apt{i % 3}] confidence: {(i % 2 == 0 ? "low" : "high")} }}\n"));
        var text = "incident big {\n  title: \"Big\"\n  reported: 2026-01-10\n"
            + "  actor apt0 { name: \"Salt Typhoon\" }\n  actor apt1 { name: \"APT 1\" }\n  actor apt2 { name: \"Volt Typhoon\" }\n"
            + claims + "}\n";
        var tree = SyntaxTree.Parse(text, "big.inc");
        var one = Compilation.Create([tree], TestCompiler.Options);
        var two = Compilation.Create([tree], TestCompiler.Options with { MaxDegreeOfParallelism = 2 });

        var expected = Describe(one);
        Assert.Equal(expected, Describe(two));
        Assert.Equal(Analyse(tree, 1), Analyse(tree, 2));
        Assert.Single(one.Bound.Units);
        Assert.True(one.Bound.Units[0].Members.Length >= AnalyzerDriver.MinMembersForParallelRules);
        Assert.True(one.GetDiagnostics().Select(d => d.Id).Where(id => id.StartsWith("INC2", StringComparison.Ordinal)).Distinct().Count() >= 2,
            string.Join("\n", expected));
    }

    /// <summary>The analyzers' diagnostics as the driver returns them, before the compilation sorts them (a fresh binding each time:
    /// a unit keeps its analysis), with the rules of every unit in parallel whatever its size.</summary>
    private static List<string> Analyse(SyntaxTree tree, int jobs) =>
        Describe(AnalyzerDriver.RunIncrementally(Compilation.Create([tree], TestCompiler.Options).Bound, TestCompiler.Today, BuiltInRules.All, jobs, minMembersForParallelRules: 0));

    private static List<string> Describe(Compilation compilation) => Describe(compilation.GetDiagnostics());

    private static List<string> Describe(IEnumerable<IncidentLang.Diagnostics.Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d =>
            $"{d.Location.FilePath}({d.Location.Span.Start}..{d.Location.Span.End}) {d.Severity} {d.Id}: {d.Message}"
            + (d.Suggestion is null ? string.Empty : $" suggestion {d.Suggestion}")
            + (d.Fix is null ? string.Empty : $" fix {d.Fix.Title}: {string.Join("|", d.Fix.Changes.Select(e => $"{e.Span.Start}..{e.Span.End}={e.NewText}"))}"))];
}
