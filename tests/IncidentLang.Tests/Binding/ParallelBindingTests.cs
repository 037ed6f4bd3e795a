using IncidentLang.Binding;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using IncidentLang.Tests.Reliability;
using Xunit;

namespace IncidentLang.Tests.Binding;

/// <summary>
/// <see cref="CompilationOptions.MaxDegreeOfParallelism"/> (docs/performance.md, "Many files"): units bound and analysed on several
/// threads give exactly what one thread gives — every diagnostic with its suggestion and fix, in the same order, every symbol with its
/// properties and declaration-error flag, every reference.
/// </summary>
public sealed class ParallelBindingTests
{
    /// <summary>
    /// The examples with their catalog, and every diagnostic case compiled together: duplicate and case-colliding incident names
    /// across files, references into the catalog, undefined references with suggestions, and each case's own errors.
    /// </summary>
    private static List<SyntaxTree> Trees()
    {
        var files = Directory.EnumerateFiles(TestPaths.Examples, "*.inc", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(TestPaths.DiagnosticCases, "*.inc"));
        return [.. files.Select(f => SyntaxTree.Parse(
            File.ReadAllText(f).Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal),
            Path.GetRelativePath(TestPaths.Root, f).Replace('\\', '/')))];
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Several_threads_bind_and_analyse_exactly_as_one(int jobs)
    {
        var trees = Trees();
        var one = Compilation.Create(trees, TestCompiler.Options);
        var several = Compilation.Create(trees, TestCompiler.Options with { MaxDegreeOfParallelism = jobs });

        var expected = Describe(one);
        Assert.Equal(expected, Describe(several));
        Assert.Equal(Symbols(one), Symbols(several));
        Assert.True(one.Bound.Units.Length > 40, $"only {one.Bound.Units.Length} units");
        Assert.Contains(expected, d => d.Contains("INC1004", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.Contains("INC1005", StringComparison.Ordinal) && d.Contains("suggestion", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.Contains("INC2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_compilation_derived_on_several_threads_equals_a_fresh_one()
    {
        var trees = Trees();
        var options = TestCompiler.Options with { MaxDegreeOfParallelism = 3 };
        var first = Compilation.Create(trees, options);
        _ = first.GetDiagnostics();
        var edited = trees.First(t => t.FilePath.EndsWith("volt-typhoon.inc", StringComparison.Ordinal));
        var newTree = SyntaxTree.Parse(edited.Text.Text.Replace("confidence: high", "confidence: hihg", StringComparison.Ordinal), edited.FilePath);
        var next = first.ReplaceSyntaxTree(edited, newTree);

        var fresh = Compilation.Create(next.SyntaxTrees, TestCompiler.Options);
        Assert.Equal(Describe(fresh), Describe(next));
        Assert.Equal(Symbols(fresh), Symbols(next));
        Assert.Contains(next.GetDiagnostics(), d => d.Id == "INC1007" && d.Location.FilePath.EndsWith("volt-typhoon.inc", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Members_bound_in_runs_on_several_threads_give_exactly_what_one_thread_gives(int jobs)
    {
        // Every file alone, so each has fewer units than threads and its members are cut into runs (whatever the unit's size here).
        foreach (var tree in Trees())
        {
            var one = Binder.Bind([tree]);
            var runs = Binder.Bind([tree], jobs, minMembersForParallelBinding: 0);
            Assert.Equal(BoundCompilationDump.Write(one), BoundCompilationDump.Write(runs));
            var runsOnOneThread = Binder.Bind([tree], 1, minMembersForParallelBinding: 0, memberRuns: jobs + 2);
            Assert.Equal(BoundCompilationDump.Write(one), BoundCompilationDump.Write(runsOnOneThread));
        }
    }

    [Fact]
    public void A_large_incident_binds_its_members_on_spare_threads_as_on_one()
    {
        // Unresolved references with suggestions, duplicate properties, unknown values and catalog lookups spread over the whole
        // incident, so every run of members reports, resolves, suggests and depends on something.
        var claims = string.Concat(Enumerable.Range(0, Binder.DefaultMinMembersForParallelBinding + 7).Select(i =>
            $"  claim c{i} {{ text: \"Claim {i}\" actors: [{(i % 5 == 0 ? "apt9" : i % 7 == 0 ? "shared-actor" : "apt0")}] confidence: {(i % 11 == 0 ? "hihg" : "high")}{(i % 13 == 0 ? " confidence: low" : string.Empty)} sources: [s{i % 3}] }}\n"));
        var catalog = SyntaxTree.Parse("actor shared-actor { name: \"Shared\" }\n", "catalog.inc");
        var tree = SyntaxTree.Parse("incident big {\n  title: \"Big\"\n  reported: 2026-01-10\n  actor apt0 { name: \"APT 0\" }\n"
            + "  source s0 { name: \"S0\" }\n  source s1 { name: \"S1\" }\n  source s2 { name: \"S2\" }\n" + claims + "}\n", "big.inc");
        var one = Binder.Bind([catalog, tree]);
        var three = Binder.Bind([catalog, tree], 3); // two units, three threads: the incident's members are bound in three runs

        Assert.Equal(BoundCompilationDump.Write(one), BoundCompilationDump.Write(three));
        var ids = one.Diagnostics.Select(d => d.Id).ToHashSet();
        Assert.Contains("INC1005", ids);
        Assert.Contains("INC1007", ids);
        Assert.Contains("INC1003", ids);
        var unit = one.Units.Single(u => u.Symbol.Name == "big");
        Assert.True(unit.Members.Length >= Binder.DefaultMinMembersForParallelBinding);
        Assert.Contains(unit.Dependencies, d => d.Name == "shared-actor");
        Assert.NotEmpty(unit.Suggested);
    }

    private static List<string> Describe(Compilation compilation) =>
        [.. compilation.GetDiagnostics().Select(d =>
            $"{d.Location.FilePath}({d.Location.Span.Start}..{d.Location.Span.End}) {d.Severity} {d.Id}: {d.Message}"
            + (d.Suggestion is null ? string.Empty : $" suggestion {d.Suggestion}")
            + (d.Fix is null ? string.Empty : $" fix {d.Fix.Title}"))];

    private static List<string> Symbols(Compilation compilation) =>
        [.. compilation.Bound.AllSymbols.Select(s => $"{s} at {s.Tree.FilePath}:{s.Syntax.Span.Start} error={s.HasDeclarationError} "
            + string.Join("; ", s.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
                $"{p.Key}={string.Join(",", p.Value.Values.Select(v => v.Value))}{(p.Value.HasErrors ? "!" : string.Empty)}"))
            + " <- " + string.Join(", ", compilation.Bound.GetReferences(s).Select(l => $"{l.FilePath}:{l.Span.Start}")))];
}
