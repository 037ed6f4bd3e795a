using System.Text;
using System.Text.Json;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Emit;
using IncidentLang.Formatting;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Tests.Reliability;

/// <summary>
/// What must hold for every input, checked by the fuzz target (fuzz/IncidentLang.Fuzz, which links this
/// file) and by the regression tests of its findings (docs/reliability.md, "Fuzzing"). Only the public
/// library API is used, as a host would (except internal calls that compare the paths a host cannot choose: the ANTLR parse that the
/// parser's fast path is compared with, the fast path's tokens built in runs, and binding in runs): the bytes are decoded, parsed, compiled (bound and analysed),
/// emitted as JSON, HTML and STIX up to TLP red, and formatted. A broken invariant throws
/// <see cref="InvariantViolation"/>; any other exception is a crash of the compiler itself.
/// </summary>
internal static class PipelineInvariants
{
    /// <summary>The path every checked input is compiled under.</summary>
    public const string FilePath = "fuzz.inc";

    /// <summary>A fixed "today", so date rules give the same diagnostics on every run.</summary>
    public static readonly CompilationOptions Options = new() { Today = new DateOnly(2026, 1, 15) };

    private static readonly EmitOptions EmitEverything = new() { MaximumTlp = Vocabularies.FindTlp("red")! };

    /// <summary>Runs the whole pipeline on <paramref name="bytes"/> (a file's content) and checks every invariant.</summary>
    /// <returns>How far the input went: its diagnostics, the files emitted, whether it was formatted.</returns>
    public static PipelineOutcome Check(ReadOnlySpan<byte> bytes)
    {
        var text = SourceText.FromBytes(bytes, FilePath);
        var tree = SyntaxTree.Parse(text);

        // 1. Full fidelity: the tree prints back the decoded text exactly.
        var printed = tree.Root.ToFullString();
        if (printed != text.Text)
        {
            throw new InvariantViolation($"the tree does not print back the text: first difference at {FirstDifference(printed, text.Text)} (text length {text.Length}, printed length {printed.Length})");
        }

        // 1b. The parser's two paths agree: whatever the error-free fast path accepted, the ANTLR path parses to the
        // same tree and diagnostics (the one internal call here: the host-facing Parse picks the path itself).
        var antlr = SyntaxParser.Parse(text, tryErrorFreeParser: false);
        if (!ReferenceEquals(antlr, tree) && SyntaxTreeDump.Write(antlr) is var expectedDump && SyntaxTreeDump.Write(tree) is var actualDump && expectedDump != actualDump)
        {
            throw new InvariantViolation($"the fast path and the ANTLR path parse differently: first difference at dump offset {FirstDifference(actualDump, expectedDump)}");
        }

        // 1c. A large file's tokens are built in runs on several threads (SyntaxTokenBuilder.BuildInParallel): forced into three
        // runs whatever its size (one after the other, so no thread timing enters the fuzzer's coverage), the fast path gives the
        // tree of one run.
        if (ErrorFreeParser.TryParse(text, int.MaxValue, 1, 1) is { } oneRun)
        {
            var inRuns = ErrorFreeParser.TryParse(text, 0, 3, 1);
            if (inRuns is null || SyntaxTreeDump.Write(new SyntaxTree(text, inRuns, [])) is var runsDump && runsDump != SyntaxTreeDump.Write(new SyntaxTree(text, oneRun, [])))
            {
                throw new InvariantViolation("the fast path builds a different tree when its tokens are built in runs");
            }
        }

        // 1e. A large text is scanned in two halves at once (ErrorFreeParser.Scan): forced into halves whatever its size (the second
        // half on this thread), the scanner gives the tokens, or the refusal, of one pass.
        var onePass = new LexedToken[16];
        var onePassCount = ErrorFreeParser.Scan(text.Text, ref onePass, minCharsForParallelScan: int.MaxValue);
        var halves = new LexedToken[16];
        var halvesCount = ErrorFreeParser.Scan(text.Text, ref halves, minCharsForParallelScan: 0, halvesOnThisThread: true);
        if (halvesCount != onePassCount || !onePass.AsSpan(0, Math.Max(0, onePassCount)).SequenceEqual(halves.AsSpan(0, Math.Max(0, halvesCount))))
        {
            throw new InvariantViolation("the scanner gives other tokens when it scans the text in two halves");
        }

        // 1d. An edit re-parsed incrementally (SyntaxTree.WithChange: the edited member alone, the tree rebuilt around it, as the
        // language server re-parses every keystroke) gives exactly the tree and diagnostics of a full parse of the edited text.
        CheckEdits(tree);

        // 2. Compile (bind, analyse): every diagnostic and fix lies inside the file; no internal error.
        var compilation = Compilation.Create([tree], Options);
        var diagnostics = compilation.GetDiagnostics();
        CheckDiagnostics(text, diagnostics, "compilation");

        // 2a. A large incident's members are bound in runs on spare threads: forced into three runs whatever its size (one after
        // the other), binding gives exactly what one run gives (every diagnostic in order, every list of every unit, every symbol
        // and reference).
        var oneThread = BoundCompilationDump.Write(Binder.Bind([tree]));
        var runs = BoundCompilationDump.Write(Binder.Bind([tree], 1, minMembersForParallelBinding: 0, memberRuns: 3));
        if (!oneThread.SequenceEqual(runs))
        {
            throw new InvariantViolation($"binding members in runs differs from one thread: first difference at line {oneThread.Zip(runs).TakeWhile(p => p.First == p.Second).Count()}");
        }

        // 2c. `inc check --fix` settles: the safe fixes applied as the command applies them (every fix that fits, then a fresh
        // compilation, again while they change the text) stop changing it within the command's rounds — a fix that brings back
        // what another removes, or writes what the next round fixes again, never ends — and every round's diagnostics lie in
        // its text.
        CheckFixesSettle(text, diagnostics);

        // 2b. The streamed check (docs/architecture.md, "Streamed check") gives exactly the whole compilation's diagnostics
        // when the input is split into files at lines that start a top-level word, its first part also copied into a fourth
        // file (so names collide across files, and some files are compiled alone while others are compiled again together).
        CheckStreamed(text.Text);

        // 3. Emit JSON, HTML and STIX for whatever compiles; JSON and STIX are well-formed JSON.
        var emitted = compilation.Emit(EmitEverything);
        CheckDiagnostics(text, emitted.Diagnostics, "emit");
        if (!emitted.TemplateFailures.IsEmpty)
        {
            throw new InvariantViolation($"the built-in templates failed: {emitted.TemplateFailures[0]}");
        }

        foreach (var file in emitted.Files)
        {
            if (file.Content.Length == 0)
            {
                throw new InvariantViolation($"emitted an empty file {file.RelativePath}");
            }

            if (file.RelativePath.EndsWith(".json", StringComparison.Ordinal))
            {
                try
                {
                    using var document = JsonDocument.Parse(file.Content);
                }
                catch (JsonException exception)
                {
                    throw new InvariantViolation($"{file.RelativePath} is not JSON: {exception.Message}");
                }
            }
        }

        // 4. Formatting: the output re-parses with the same diagnostics, is stable, and stays clean.
        var formatted = SyntaxFormatter.Format(tree);
        if (formatted is null)
        {
            if (!tree.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                throw new InvariantViolation("the formatter refused a tree without syntax errors");
            }

            return new PipelineOutcome(diagnostics.Length, emitted.Files.Length, Formatted: false);
        }

        var formattedTree = SyntaxTree.Parse(SourceText.From(formatted, FilePath));
        if (formattedTree.Root.ToFullString() != formatted)
        {
            throw new InvariantViolation("the formatted text does not round-trip through the parser");
        }

        var formattedDiagnostics = Compilation.Create([formattedTree], Options).GetDiagnostics();
        CheckDiagnostics(formattedTree.Text, formattedDiagnostics, "compilation of the formatted text");
        var before = Ids(diagnostics);
        var after = Ids(formattedDiagnostics);
        if (before != after)
        {
            throw new InvariantViolation($"formatting changed the diagnostics: before [{before}], after [{after}]{Environment.NewLine}--- formatted ---{Environment.NewLine}{formatted}");
        }

        if (diagnostics.IsEmpty && !formattedDiagnostics.IsEmpty)
        {
            throw new InvariantViolation($"a clean file formatted to a file with diagnostics: [{after}]");
        }

        var again = SyntaxFormatter.Format(formattedTree);
        if (again != formatted)
        {
            throw new InvariantViolation(again is null
                ? "the formatted text has syntax errors"
                : $"formatting is not stable: the second pass differs at {FirstDifference(formatted, again)}{Environment.NewLine}--- first ---{Environment.NewLine}{formatted}{Environment.NewLine}--- second ---{Environment.NewLine}{again}");
        }

        return new PipelineOutcome(diagnostics.Length, emitted.Files.Length, Formatted: true);
    }

    /// <summary>
    /// Three edits one after the other, each on the tree the one before rebuilt (so rebuilt trees are edited too), at positions
    /// spread over the file and with characters of the file itself: one inserted, one deleted, one replaced.
    /// </summary>
    private static void CheckEdits(SyntaxTree tree)
    {
        var source = tree.Text.Text;
        if (source.Length == 0)
        {
            return;
        }

        (int Start, int Deleted, string Inserted)[] edits =
        [
            (source.Length / 3, 0, source[source.Length * 2 / 3].ToString()),
            (source.Length * 2 / 3, 1, string.Empty),
            (source.Length / 2, 1, source[source.Length / 4].ToString()),
        ];
        foreach (var (start, deleted, inserted) in edits)
        {
            var edited = tree.WithChange(new TextSpan(start, deleted), inserted);
            var full = SyntaxTree.Parse(SourceText.From(edited.Text.Text, FilePath));
            if (SyntaxTreeDump.Write(edited) is var actual && SyntaxTreeDump.Write(full) is var expected && actual != expected)
            {
                throw new InvariantViolation($"an edit at {start} (-{deleted} +{inserted.Length}) re-parsed incrementally differs from a full parse: first difference at dump offset {FirstDifference(actual, expected)}");
            }

            tree = edited;
        }
    }

    private static void CheckStreamed(string text)
    {
        var cuts = new List<int> { 0 };
        foreach (var third in new[] { text.Length / 3, text.Length * 2 / 3 })
        {
            var at = third;
            while (at > 0 && at < text.Length && !(text[at - 1] == '\n' && char.IsAsciiLetter(text[at])))
            {
                at++;
            }

            cuts.Add(Math.Clamp(at, cuts[^1], text.Length));
        }

        cuts.Add(text.Length);
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["a.inc"] = text[cuts[0]..cuts[1]],
            ["b.inc"] = text[cuts[1]..cuts[2]],
            ["c.inc"] = text[cuts[2]..cuts[3]],
            ["d.inc"] = text[cuts[0]..cuts[1]],
        };
        var whole = Compilation.Create(parts.Select(p => SyntaxTree.Parse(SourceText.From(p.Value, p.Key))), Options).GetDiagnostics();
        var streamed = StreamedCompilation.GetDiagnostics([.. parts.Keys], path => SyntaxTree.Parse(SourceText.From(parts[path], path)), Options).Diagnostics;
        var expected = whole.Select(Describe).ToList();
        var actual = streamed.Select(Describe).ToList();
        if (!expected.SequenceEqual(actual))
        {
            var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
            throw new InvariantViolation($"the streamed check differs from the whole compilation at diagnostic {at}: expected [{expected.ElementAtOrDefault(at)}], got [{actual.ElementAtOrDefault(at)}] ({expected.Count} vs {actual.Count})");
        }
    }

    /// <summary>The rounds of <c>inc check --fix</c> (<c>FixRun.MaxRounds</c> in the command-line project).</summary>
    private const int FixRounds = 8;

    private static void CheckFixesSettle(SourceText text, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (!text.InvalidUtf8Spans.IsEmpty)
        {
            return; // --fix leaves a file that is not valid UTF-8 alone.
        }

        var current = text;
        for (var round = 1; ; round++)
        {
            var applied = FixApplier.Apply(current, diagnostics);
            if (applied.Text.Text == current.Text)
            {
                return;
            }

            if (round > FixRounds)
            {
                throw new InvariantViolation($"the fixes still change the text after {FixRounds} rounds: {string.Join("; ", applied.Applied.Select(Describe))}");
            }

            current = applied.Text;
            diagnostics = Compilation.Create([SyntaxTree.Parse(current)], Options).GetDiagnostics();
            CheckDiagnostics(current, diagnostics, $"the compilation after {round} round(s) of fixes");
        }
    }

    private static string Describe(Diagnostic d) =>
        $"{d.Location.FilePath}:{d.Location.Span.Start}-{d.Location.Span.End} {d.Severity} {d.Id} {d.Message} [{d.Suggestion}] {d.Fix?.Title}";

    /// <summary>The diagnostic IDs as a sorted multiset ("INC0001 INC1007 INC1007").</summary>
    public static string Ids(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(' ', diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));

    private static void CheckDiagnostics(SourceText text, IEnumerable<Diagnostic> diagnostics, string stage)
    {
        foreach (var diagnostic in diagnostics)
        {
            // INC9999 is the internal error: an exception the compiler caught and reported (a crash in disguise).
            if (diagnostic.Id == "INC9999")
            {
                throw new InvariantViolation($"{stage}: {diagnostic}");
            }

            if (diagnostic.Location.FilePath != text.FilePath)
            {
                throw new InvariantViolation($"{stage}: {diagnostic.Id} is in another file '{diagnostic.Location.FilePath}'");
            }

            CheckSpan(text, diagnostic.Location.Span, $"{stage}: {diagnostic.Id} '{diagnostic.Message}'");
            foreach (var change in diagnostic.Fix?.Changes ?? [])
            {
                CheckSpan(text, change.Span, $"{stage}: the fix of {diagnostic.Id} '{diagnostic.Message}'");
            }
        }
    }

    private static void CheckSpan(SourceText text, TextSpan span, string what)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
        {
            throw new InvariantViolation($"{what} has span {span}, outside the file (length {text.Length})");
        }
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return length;
    }

    /// <summary>Runs <see cref="Check"/> on a string (UTF-8 encoded, as a file would be).</summary>
    public static PipelineOutcome Check(string text) => Check(Encoding.UTF8.GetBytes(text));
}

/// <summary>How far one input went through the pipeline.</summary>
internal sealed record PipelineOutcome(int Diagnostics, int EmittedFiles, bool Formatted);

/// <summary>A pipeline invariant that does not hold for an input (a fuzzing finding).</summary>
internal sealed class InvariantViolation(string message) : Exception(message);
