using System.Collections.Concurrent;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using Xunit;

namespace IncidentLang.Tests.Incremental;

/// <summary>
/// The streamed check (docs/architecture.md, "Streamed check"): <see cref="StreamedCompilation.GetDiagnostics"/> gives exactly
/// the diagnostics of <see cref="Compilation.Create"/> of the same files, whichever files it keeps, drops, stubs or compiles again.
/// </summary>
public sealed class StreamedCompilationTests
{
    private const string Alpha = """
        incident self-alpha {
          title: "A self-contained incident"
          reported: 2025-03-01
          status: confirmed

          source local-report {
            name: "Local report"
            kind: vendor
            reliability: B
            url: "https://example.com/alpha"
          }

          actor local-actor {
            name: "Local actor"
            kind: criminal
          }

          claim local-claim {
            text: "The local actor did it."
            actors: [local-actor]
            confidence: high
            sources: [local-report]
          }
        }
        """;

    private const string Beta = """
        incident self-beta {
          title: "Two incidents in one file"
          reported: 2025-04-01

          source beta-report {
            name: "Beta report"
            kind: press
            reliability: C
          }

          claim beta-claim {
            text: "Something happened."
            confidence: low
            sources: [beta-report, self-gamma]
          }
        }

        incident self-gamma {
          title: "The second incident"
          reported: 2025-04-02
        }
        """;

    [Theory]
    [InlineData(5, 400, 1)]
    [InlineData(2027, 400, 2)]
    public void Every_edit_gives_the_diagnostics_of_the_whole_compilation(int seed, int edits, int jobs)
    {
        var random = new Random(seed);
        var original = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["catalog/agencies.inc"] = File.ReadAllText(Path.Combine(TestPaths.Examples, "catalog", "agencies.inc")),
            ["catalog/threats.inc"] = IncrementalEditSequenceTests.ThreatCatalog,
            ["colonial-pipeline.inc"] = File.ReadAllText(Path.Combine(TestPaths.Examples, "colonial-pipeline.inc")),
            ["self/alpha.inc"] = Alpha,
            ["self/beta.inc"] = Beta,
            ["self/delta.inc"] = Alpha.Replace("self-alpha", "self-delta", StringComparison.Ordinal),
            ["volt-typhoon.inc"] = File.ReadAllText(Path.Combine(TestPaths.Examples, "volt-typhoon.inc")),
            ["wipers.inc"] = IncrementalEditSequenceTests.NotPetya,
        };
        var texts = new SortedDictionary<string, string>(original, StringComparer.Ordinal);
        var streamedOnly = 0;
        var recompiledSome = 0;
        for (var step = 0; step <= edits; step++)
        {
            if (step > 0)
            {
                var path = texts.Keys.ElementAt(random.Next(texts.Count));
                texts[path] = IncrementalEditSequenceTests.Edit(random, texts[path], original[path]).Text;
            }

            var (expected, actual) = Compare(texts, jobs);
            if (!expected.SequenceEqual(actual.Lines))
            {
                Assert.Fail($"seed {seed}, step {step}\nexpected:\n{string.Join("\n", expected)}\nactual:\n{string.Join("\n", actual.Lines)}\n"
                    + string.Join("\n", texts.Select(t => $"--- {t.Key}\n{t.Value}")));
            }

            if (actual.Recompiled < texts.Count)
            {
                streamedOnly++;
            }

            if (actual.Recompiled > 0)
            {
                recompiledSome++;
            }
        }

        // Both paths exercised at length: files kept from their compilation alone, and files compiled again with stubs.
        Assert.True(streamedOnly > edits / 2, $"only {streamedOnly} steps kept a file's own compilation");
        Assert.True(recompiledSome > edits / 2, $"only {recompiledSome} steps compiled files again");
    }

    [Fact]
    public void Self_contained_files_are_read_once_and_never_compiled_again()
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["a.inc"] = Alpha,
            ["b.inc"] = Beta,
            ["c.inc"] = Alpha.Replace("self-alpha", "self-c", StringComparison.Ordinal).Replace("sources: [local-report]", "sources: [local-reprt]", StringComparison.Ordinal),
        };
        var reads = new ConcurrentBag<string>();
        var result = StreamedCompilation.GetDiagnostics([.. texts.Keys], p => { reads.Add(p); return SyntaxTree.Parse(texts[p], p); }, TestCompiler.Options);

        // c.inc's undefined reference (INC1005) makes it compile again (its suggestion draws on every top-level name); a.inc and b.inc stay out.
        Assert.Equal(1, result.RecompiledFileCount);
        Assert.Equal(["a.inc", "b.inc", "c.inc"], reads.Order(StringComparer.Ordinal));
        Assert.Equal(Lines(Whole(texts)), Lines(result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Id == "INC1006" && d.Location.FilePath == "b.inc"); // self-gamma is an incident, resolved in its own file
    }

    [Fact]
    public void An_incident_named_in_two_files_is_reported_where_the_whole_compilation_reports_it()
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["a.inc"] = Alpha,
            ["b.inc"] = Alpha.Replace("self-alpha", "Self-Alpha", StringComparison.Ordinal),
            ["c.inc"] = Alpha,
            ["d.inc"] = Beta,
        };
        var result = StreamedCompilation.GetDiagnostics([.. texts.Keys], p => SyntaxTree.Parse(texts[p], p), TestCompiler.Options);

        Assert.Equal(3, result.RecompiledFileCount);
        Assert.Equal(Lines(Whole(texts)), Lines(result.Diagnostics));
        var duplicate = Assert.Single(result.Diagnostics, d => d.Id == "INC1004");
        Assert.Equal(("c.inc", 9, 19), (duplicate.Location.FilePath, duplicate.Location.Span.Start, duplicate.Location.Span.End));
        var caseCollision = Assert.Single(result.Diagnostics, d => d.Id == "INC1016");
        Assert.Equal("b.inc", caseCollision.Location.FilePath);
    }

    [Fact]
    public void A_member_named_like_a_catalog_declaration_of_another_file_is_reported()
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["catalog.inc"] = "actor local-actor {\n  name: \"A catalog actor\"\n  kind: criminal\n}\n",
            ["a.inc"] = Alpha,
            ["b.inc"] = Beta,
        };
        var result = StreamedCompilation.GetDiagnostics([.. texts.Keys], p => SyntaxTree.Parse(texts[p], p), TestCompiler.Options);

        Assert.Equal(2, result.RecompiledFileCount); // the catalog and a.inc; b.inc is represented by its names
        Assert.Equal(Lines(Whole(texts)), Lines(result.Diagnostics));
        Assert.Single(result.Diagnostics, d => d.Id == "INC1015" && d.Location.FilePath == "a.inc");
    }

    [Fact]
    public void A_reference_to_another_files_incident_compiles_both_and_the_others_are_stubs()
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["a.inc"] = Alpha.Replace("sources: [local-report]", "sources: [local-report, self-gamma]", StringComparison.Ordinal),
            ["b.inc"] = Beta,
            ["c.inc"] = Alpha.Replace("self-alpha", "self-c", StringComparison.Ordinal).Replace("actors: [local-actor]", "actors: [self-delt]", StringComparison.Ordinal),
            ["d.inc"] = Alpha.Replace("self-alpha", "self-delta", StringComparison.Ordinal),
        };
        var result = StreamedCompilation.GetDiagnostics([.. texts.Keys], p => SyntaxTree.Parse(texts[p], p), TestCompiler.Options);

        Assert.Equal(Lines(Whole(texts)), Lines(result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Id == "INC1006" && d.Location.FilePath == "a.inc");
        Assert.Contains(result.Diagnostics, d => d.Id == "INC1005" && d.Location.FilePath == "c.inc");
        Assert.Equal(3, result.RecompiledFileCount); // a.inc, b.inc (declares what a.inc looks up) and c.inc; d.inc is a stub
    }

    [Fact]
    public void A_file_that_changes_between_two_readings_gives_the_diagnostics_of_its_new_text_everywhere()
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["a.inc"] = Alpha,
            ["b.inc"] = Alpha,
        };
        var reads = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var result = StreamedCompilation.GetDiagnostics([.. texts.Keys], p =>
        {
            // a.inc reads as a duplicate of b.inc's incident the first time, then as a renamed one.
            var text = reads.AddOrUpdate(p, 1, (_, n) => n + 1) > 1 && p == "a.inc" ? Alpha.Replace("self-alpha", "self-renamed", StringComparison.Ordinal) : texts[p];
            return SyntaxTree.Parse(text, p);
        }, TestCompiler.Options);

        texts["a.inc"] = Alpha.Replace("self-alpha", "self-renamed", StringComparison.Ordinal);
        Assert.Equal(Lines(Whole(texts)), Lines(result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "INC1004");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Where_most_files_use_a_catalog_every_file_is_compiled_together(int jobs)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["0-catalog.inc"] = "actor shared-apt {\n  name: \"A shared intrusion set\"\n  kind: criminal\n}\n",
            ["0-self.inc"] = Alpha,
        };
        for (var i = 0; i < 80; i++)
        {
            texts[$"incident-{i:D2}.inc"] = Alpha.Replace("self-alpha", $"incident-{i:D2}", StringComparison.Ordinal)
                .Replace("actors: [local-actor]", i == 7 ? "actors: [shared-apd]" : "actors: [local-actor, shared-apt]", StringComparison.Ordinal);
        }

        var result = StreamedCompilation.GetDiagnostics([.. texts.Keys], p => SyntaxTree.Parse(texts[p], p), TestCompiler.Options with { MaxDegreeOfParallelism = jobs });

        Assert.Equal(texts.Count, result.RecompiledFileCount);
        Assert.Equal(Lines(Whole(texts)), Lines(result.Diagnostics));
        Assert.Single(result.Diagnostics, d => d.Id == "INC1005" && d.Suggestion == "shared-apt");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Each_file_is_visited_with_the_compilation_its_diagnostics_come_from_and_renders_as_the_whole_one(int jobs)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["a.inc"] = Alpha,
            ["b.inc"] = Beta,
            ["c.inc"] = Alpha.Replace("self-alpha", "self-c", StringComparison.Ordinal).Replace("actors: [local-actor]", "actors: [shared-apt]", StringComparison.Ordinal),
            ["catalog.inc"] = "actor shared-apt {\n  name: \"A shared intrusion set\"\n  kind: criminal\n}\n",
            ["d.inc"] = Alpha, // the same incident name as a.inc: both compiled again, visited twice, the first results discarded
        };
        var options = new IncidentLang.Emit.EmitOptions { Formats = [IncidentLang.Emit.OutputFormats.Json, IncidentLang.Emit.OutputFormats.Html] };
        var discarded = new ConcurrentBag<string>();
        var result = StreamedCompilation.GetDiagnostics(
            [.. texts.Keys], p => SyntaxTree.Parse(texts[p], p), TestCompiler.Options with { MaxDegreeOfParallelism = jobs },
            (compilation, incidents) => incidents.Select(i => IncidentRenderer.Render(compilation, i, options)).ToList(),
            emissions => discarded.Add(string.Join(",", emissions.Select(e => e.Incident.Name))));

        var whole = Compilation.Create(texts.Select(t => SyntaxTree.Parse(t.Value, t.Key)), TestCompiler.Options).Emit(options);
        var visited = result.FileResults.SelectMany(r => r).ToList();
        Assert.Equal(whole.Built.Select(i => $"{i.Tree.FilePath} {i.Name}"), visited.Where(e => e.Built).Select(e => $"{e.Incident.Tree.FilePath} {e.Incident.Name}"));
        Assert.Equal(whole.Files.Where(f => f.RelativePath != "index.html").Select(f => $"{f.RelativePath}\n{f.Content}"), visited.SelectMany(e => e.Files).Select(f => $"{f.RelativePath}\n{f.Content}"));
        Assert.Equal(["self-alpha", "self-alpha"], discarded.Order(StringComparer.Ordinal));
        Assert.Equal(Lines(Whole(texts)), Lines(result.Diagnostics));
    }

    [Fact]
    public void Unreadable_files_are_listed_and_left_out()
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["a.inc"] = Alpha, ["b.inc"] = Beta };
        var result = StreamedCompilation.GetDiagnostics(["b.inc", "gone.inc", "a.inc"], p => texts.TryGetValue(p, out var t) ? SyntaxTree.Parse(t, p) : null, TestCompiler.Options);

        Assert.Equal(["gone.inc"], result.UnreadablePaths.AsEnumerable());
        Assert.Equal(2, result.FileCount);
        Assert.Equal(Lines(Whole(texts)), Lines(result.Diagnostics));
    }

    [Fact]
    public void The_examples_give_the_diagnostics_of_the_whole_compilation()
    {
        var files = Directory.GetFiles(TestPaths.Examples, "*.inc", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(TestPaths.Examples, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
        var texts = new SortedDictionary<string, string>(files, StringComparer.Ordinal);
        var result = StreamedCompilation.GetDiagnostics([.. texts.Keys], p => SyntaxTree.Parse(texts[p], p), TestCompiler.Options with { MaxDegreeOfParallelism = 2 });

        Assert.Equal(Lines(Whole(texts)), Lines(result.Diagnostics));
        Assert.True(result.RecompiledFileCount < texts.Count, "every example was compiled again");
    }

    private static (List<string> Expected, (List<string> Lines, int Recompiled) Actual) Compare(SortedDictionary<string, string> texts, int jobs)
    {
        var result = StreamedCompilation.GetDiagnostics([.. texts.Keys], p => SyntaxTree.Parse(texts[p], p), TestCompiler.Options with { MaxDegreeOfParallelism = jobs });
        return (Lines(Whole(texts)), (Lines(result.Diagnostics), result.RecompiledFileCount));
    }

    private static IReadOnlyList<Diagnostic> Whole(SortedDictionary<string, string> texts) =>
        Compilation.Create(texts.Select(t => SyntaxTree.Parse(t.Value, t.Key)), TestCompiler.Options).GetDiagnostics();

    private static List<string> Lines(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Location.FilePath}:{d.Location.Span.Start}-{d.Location.Span.End} {d.Severity} {d.Id} {d.Message} [{d.Suggestion}] {d.Fix?.Title}")];
}
