using System.Globalization;
using System.Text;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using IncidentLang.Tests.Reliability;
using IncidentLang.Text;

namespace IncidentLang.Tests.Syntax;

/// <summary>
/// The fast path of the parser (<see cref="ErrorFreeParser"/>) against the ANTLR parser: wherever the
/// fast path accepts a file, the tree (every token, value, flag and trivia) and the diagnostics are the
/// ANTLR parser's exactly; files with syntax errors, and the forms it leaves to ANTLR, go to ANTLR.
/// </summary>
public sealed class ErrorFreeParserTests
{
    public static TheoryData<string> AllInputFiles()
    {
        var data = new TheoryData<string>();
        foreach (var root in new[] { TestPaths.Examples, TestPaths.Baselines, TestPaths.DiagnosticCases, Path.Combine(TestPaths.Root, "editors"), Path.Combine(TestPaths.Root, "fuzz", "seeds") })
        {
            foreach (var file in Directory.EnumerateFiles(root, "*.inc", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (!file.Contains("node_modules", StringComparison.Ordinal))
                {
                    data.Add(Path.GetRelativePath(TestPaths.Root, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllInputFiles))]
    public void Every_input_file_parses_exactly_as_with_ANTLR(string relativePath)
    {
        var text = SourceText.FromBytes(File.ReadAllBytes(Path.Combine(TestPaths.Root, relativePath)), relativePath);
        AssertSameAsAntlr(text);
    }

    [Fact]
    public void Every_example_takes_the_fast_path()
    {
        var examples = Directory.EnumerateFiles(TestPaths.Examples, "*.inc", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(examples);
        foreach (var file in examples)
        {
            var text = SourceText.FromBytes(File.ReadAllBytes(file), file);
            if (SyntaxParser.Parse(text, tryErrorFreeParser: false).Diagnostics.IsEmpty)
            {
                Assert.True(ErrorFreeParser.TryParse(text) is not null, file);
            }
        }
    }

    [Fact]
    public void Every_form_of_a_valid_file_takes_the_fast_path_with_the_same_tree()
    {
        const string text = "// leading comment\r\nincident x-1 {  /* block\n comment */ title: \"A \\\"quoted\\\" title\\n\" // trailing\n"
            + "  summary: \"\"\"\n    Two\n    lines\n    \"\"\"\n  reported: 2024-11-15T14:30:00Z\n  count: 190_000_000\n  ratio: 9.75\n"
            + "\tsource src_a {\u00A0kind: press reliability:B published:2024-11 }\n"
            + "  claim c { sources: [src_a, [nested, \"s\", 12, 1.5, 2024-01-02,],] techniques: [T1078.004] source: src_a event: e }\n"
            + "  event { at: 2024-11-15 }\r\n}\n\n";
        var source = SourceText.From(text);
        Assert.NotNull(ErrorFreeParser.TryParse(source));
        AssertSameAsAntlr(source);
    }

    [Theory]
    [InlineData("incident x { tlp: TLP:AMBER }")]
    [InlineData("incident x { tlp: amber+strict }")]
    [InlineData("incident x { d: 21 Feb 2024 }")]
    [InlineData("incident x { d: Feb 21, 2024 }")]
    [InlineData("incident x { d: feb. 21 2024 }")]
    [InlineData("incident x { d: 21/02/2024 }")]
    [InlineData("incident x { d: 21.02.2024 }")]
    [InlineData("incident x { d: [1 Mar 2024] }")]
    [InlineData("incident x { t: \u201CBreach\u201D }")]
    [InlineData("incident x { t: \"open\n}")]
    [InlineData("incident x { t: \"\"\"never closed }")]
    [InlineData("incident x { /* never closed }")]
    [InlineData("incident x { t: a.b }")]
    [InlineData("incident x { t: a- }")]
    [InlineData("incident x { n: 12:30 }")]
    [InlineData("incident x { n: 12abc }")]
    [InlineData("incident x { n: 99999999999999999999 }")]
    [InlineData("incident x { d: 2024-13-45 }")]
    [InlineData("incident x { t: \"bad \\q escape\" }")]
    [InlineData("incident x { a: [b c] }")]
    [InlineData("incident x { a: [claim] }")]
    [InlineData("incident x { a: }")]
    [InlineData("incident x { a b }")]
    [InlineData("incident x { @ }")]
    [InlineData("incident: x")]
    [InlineData("incident x {")]
    [InlineData("x { }")]
    public void Forms_it_leaves_to_ANTLR_get_ANTLRs_tree_and_diagnostics(string text)
    {
        var source = SourceText.From(text);
        Assert.Null(ErrorFreeParser.TryParse(source));
        AssertSameAsAntlr(source);
    }

    [Fact]
    public void Nesting_beyond_the_depth_guard_goes_to_ANTLR()
    {
        var source = SourceText.From("incident x { a: " + new string('[', 40) + new string(']', 40) + " }");
        Assert.Null(ErrorFreeParser.TryParse(source));
        var tree = SyntaxTree.Parse(source);
        Assert.Contains(tree.Diagnostics, d => d.Descriptor.Id == "INC0011");
        AssertSameAsAntlr(source);
    }

    [Fact]
    public void Random_edits_of_the_examples_parse_exactly_as_with_ANTLR()
    {
        string[] inserts = [" ", "\n", "\r\n", "\t", "\u00A0", ":", ",", "{", "}", "[", "]", "\"", "\"\"\"", "/", "//", "/*", "*/", "-", ".", "_", "+", "1", "12 ", "2024-", "Feb ", "a", "claim", "source", "@", "\u201C", "\\", "1.5", "01/02/2024"];
        var examples = Directory.EnumerateFiles(TestPaths.Examples, "*.inc", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var random = new Random(20261201);
        var accepted = 0;
        var rejected = 0;
        for (var i = 0; i < 600; i++)
        {
            var text = examples[random.Next(examples.Count)];
            var builder = new StringBuilder(text);
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(builder.Length + 1);
                if (random.Next(3) == 0 && at < builder.Length)
                {
                    builder.Remove(at, Math.Min(random.Next(1, 6), builder.Length - at));
                }
                else
                {
                    builder.Insert(at, inserts[random.Next(inserts.Length)]);
                }
            }

            var source = SourceText.From(builder.ToString());
            _ = ErrorFreeParser.TryParse(source) is null ? rejected++ : accepted++;
            AssertSameAsAntlr(source);
            AssertSameInRuns(source); // runs planned from braces that may no longer balance or parse
        }

        // Both paths are exercised: edits that keep the file valid (whitespace, in strings and comments) and edits that break it.
        Assert.True(accepted > 50, $"accepted {accepted}");
        Assert.True(rejected > 50, $"rejected {rejected}");
    }

    [Fact]
    public void A_line_over_the_length_limit_goes_to_ANTLR_which_reports_INC0010()
    {
        // Error-free otherwise: the fast path would accept it, but only the ANTLR path applies the line limit.
        var source = SourceText.From("incident x {\n  title: \"" + new string('a', SyntaxLimits.MaxLineLength) + "\"\n}\n");
        Assert.NotNull(ErrorFreeParser.TryParse(source));
        var tree = SyntaxTree.Parse(source);
        var diagnostic = Assert.Single(tree.Diagnostics, d => d.Descriptor.Id == "INC0010");
        Assert.Equal(TextSpan.FromBounds(13 + SyntaxLimits.MaxLineLength, 13 + 11 + SyntaxLimits.MaxLineLength), diagnostic.Location.Span);
        Assert.Equal(source.Text, tree.Root.ToFullString());
    }

    [Theory]
    [MemberData(nameof(AllInputFiles))]
    public void Every_input_file_gets_the_same_tree_with_its_tokens_built_in_runs_on_several_threads(string relativePath)
    {
        var text = SourceText.FromBytes(File.ReadAllBytes(Path.Combine(TestPaths.Root, relativePath)), relativePath);
        AssertSameInRuns(text);
    }

    [Fact]
    public void A_large_report_gets_the_same_tree_with_its_tokens_built_in_runs()
    {
        // Large enough for the parser to build its tokens in runs by itself; comments, blank lines and a line end in a trailing
        // block comment where runs may begin.
        var claims = string.Concat(Enumerable.Range(0, 3000).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"  claim c{i} {{ // claim {i}\n    text: \"Claim {i} \\\"quoted\\\"\" /* a\n b */ confidence: high\n\n    first-seen: 2024-{1 + (i % 12):00}-{1 + (i % 28):00} count: {i}\r\n  }}\n")));
        var source = SourceText.From("incident big {\n  title: \"Big\"\n" + claims + "}\n// end\n");
        var tree = SyntaxTree.Parse(source);
        Assert.True(tree.Root.DescendantTokens().Count() >= SyntaxTokenBuilder.MinTokensForParallelBuild);
        Assert.Equal(SyntaxTreeDump.Write(new SyntaxTree(source, ErrorFreeParser.TryParse(source, int.MaxValue, 1, 1)!, [])), SyntaxTreeDump.Write(tree));
        AssertSameInRuns(source);
    }

    [Fact]
    public void A_file_denser_in_tokens_than_the_scanners_first_buffer_parses_exactly_as_with_ANTLR()
    {
        // About one token per character: blank lines and a list of one-letter items; the buffer is first sized for one per four.
        var items = string.Join(",", Enumerable.Repeat("a", 20_000));
        var source = SourceText.From("incident x {\n" + new string('\n', 3000) + "  claim c { sources: [" + items + "] }\n}\n");
        Assert.NotNull(ErrorFreeParser.TryParse(source));
        AssertSameAsAntlr(source);
        AssertSameInRuns(source);
    }

    [Fact]
    public void The_scanner_grows_its_buffer_and_keeps_every_token()
    {
        const string text = "incident x {\n  claim c { sources: [a, b, c] } // note\n}\n";
        var large = new LexedToken[text.Length + 1];
        var expected = ErrorFreeParser.Scan(text, ref large);
        var small = System.Buffers.ArrayPool<LexedToken>.Shared.Rent(1);
        var count = ErrorFreeParser.Scan(text, ref small);
        Assert.Equal(expected, count);
        Assert.True(count > 16);
        Assert.Equal(large.AsSpan(0, expected).ToArray(), small.AsSpan(0, count).ToArray());
        System.Buffers.ArrayPool<LexedToken>.Shared.Return(small);
    }

    [Fact]
    public void Runs_begin_at_members_of_the_declaration_with_the_most_members()
    {
        const string text = "source s { kind: press }\n\nincident i {\n  title: \"T\"\n  claim a { text: \"a\" }\n  // c\n  claim b { text: \"b\" }\n"
            + "  claim c { text: \"c\" }\n  event e { at: 2024-01-01 }\n}\n";
        var buffer = new LexedToken[text.Length + 1];
        var count = ErrorFreeParser.Scan(text, ref buffer);
        var placed = buffer.Take(count).Select(t => t.Type is not (IncidentLang.Syntax.Generated.IncidentLexer.WS or IncidentLang.Syntax.Generated.IncidentLexer.NEWLINE
            or IncidentLang.Syntax.Generated.IncidentLexer.LINE_COMMENT or IncidentLang.Syntax.Generated.IncidentLexer.BLOCK_COMMENT)).ToArray();
        var placedTexts = buffer.Take(count).Where((_, i) => placed[i]).Select(t => t.Stop < t.Start ? "<eof>" : text[t.Start..(t.Stop + 1)]).ToList();

        var plan = MemberRunPlan.Create(buffer, count, placed, runs: 3);

        Assert.NotNull(plan);
        Assert.Equal(3, plan.Runs);
        // The incident's first member (not the catalog source's), then members that follow a member declaration's '}', in order.
        Assert.Equal("title", placedTexts[plan.MemberStarts[0]]);
        Assert.Equal(placedTexts.IndexOf("title"), plan.MemberStarts[0]);
        Assert.All(plan.MemberStarts.Skip(1), i => Assert.Equal("}", placedTexts[i - 1]));
        Assert.All(plan.MemberStarts.Skip(1), i => Assert.Contains(placedTexts[i], new[] { "claim", "event" }));
        Assert.Equal(plan.MemberStarts.Order(), plan.MemberStarts);
        Assert.Equal(plan.MemberStarts.Length, plan.MemberStarts.Distinct().Count());
        Assert.Equal(0, plan.TokenStarts[0]);
        Assert.Equal(count, plan.TokenStarts[^1]);
        Assert.Equal(plan.MemberStarts.Skip(1), plan.TokenStarts.Skip(1).SkipLast(1).Select(i => placed.Take(i).Count(p => p)));
        AssertSameInRuns(SourceText.From(text));
    }

    [Theory]
    [InlineData("incident i { title: \"T\" }\n")] // one member
    [InlineData("incident i { claim a { } } }\n")] // braces that do not balance
    [InlineData("incident i { claim a { }\n")]
    public void No_runs_are_planned_without_two_members_in_balanced_braces(string text)
    {
        var buffer = new LexedToken[text.Length + 1];
        var count = ErrorFreeParser.Scan(text, ref buffer);
        var placed = buffer.Take(count).Select(t => t.Type is not (IncidentLang.Syntax.Generated.IncidentLexer.WS or IncidentLang.Syntax.Generated.IncidentLexer.NEWLINE)).ToArray();
        Assert.Null(MemberRunPlan.Create(buffer, count, placed, runs: 2));
        AssertSameInRuns(SourceText.From(text));
    }

    [Theory]
    [MemberData(nameof(AllInputFiles))]
    public void Every_input_file_scans_to_the_same_tokens_in_two_halves(string relativePath) =>
        AssertSameScanInHalves(File.ReadAllText(Path.Combine(TestPaths.Root, relativePath)));

    [Fact]
    public void A_large_report_scans_to_the_same_tokens_in_two_halves_split_between_claims()
    {
        var claims = string.Concat(Enumerable.Range(0, 2000).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"  claim c{i} {{\n    text: \"Claim {i}\"\n    sources: [s{i % 7}, s{i % 5}]\n    confidence: high\n  }}\n\n")));
        var text = "incident big {\n  title: \"Big\"\n\n" + claims + "}\n";
        var split = ErrorFreeParser.FindScanSplit(text);
        Assert.InRange(split, text.Length / 2, (text.Length / 2) + 200);
        Assert.StartsWith("  claim c", text[split..], StringComparison.Ordinal);
        AssertSameScanInHalves(text);
    }

    [Fact]
    public void Random_edits_of_the_examples_scan_to_the_same_tokens_in_two_halves()
    {
        string[] inserts = ["}\n  claim ", "\n", "{", "}", "[", "]", "\"", "\"\"\"", "/*", "*/", "//", ":", "a"];
        var examples = Directory.EnumerateFiles(TestPaths.Examples, "*.inc", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var random = new Random(20261202);
        for (var i = 0; i < 400; i++)
        {
            var builder = new StringBuilder(examples[random.Next(examples.Count)]);
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                builder.Insert(random.Next(builder.Length + 1), inserts[random.Next(inserts.Length)]);
            }

            AssertSameScanInHalves(builder.ToString());
        }
    }

    [Theory]
    // The second half begins inside a string, a block comment, a value and a list: the guess is wrong, one pass decides.
    [InlineData("incident a {\n  claim c { text: \"\"\"\n  x\n  }\n  claim d { text: \"y\" }\n  \"\"\" }\n}\n")]
    [InlineData("incident a {\n  claim c { } /*\n  }\n  claim d { }\n */ }\n")]
    [InlineData("incident a {\n  claim c { tags: [x,\n }\n  claim d { }\n ] }\n}\n")]
    // Depths: the second half closes more than it opens (the first half's depth makes up for it, or a floor of 0 applies), or
    // opens up to the nesting limit only with the first half's depth added.
    [InlineData("incident a {\n  claim c { }\n  claim d { } } } }\n  claim e { }\n}\n")]
    [InlineData("// pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp\na { }\n}\n}\n}\nb { x: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] }\n")]
    [InlineData("// pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp\na { b { }\n c { x: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] } }\n")]
    [InlineData("// pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp\na { b { }\n c { x: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]] } }\n")]
    public void A_second_half_that_does_not_begin_where_one_pass_would_be_is_scanned_again(string text)
    {
        Assert.True(ErrorFreeParser.FindScanSplit(text) > 0);
        AssertSameScanInHalves(text);
    }

    /// <summary>The scanner gives the same tokens (or the same refusal) with the text scanned in two halves at once as in one pass.</summary>
    private static void AssertSameScanInHalves(string text)
    {
        var one = new LexedToken[16];
        var oneCount = ErrorFreeParser.Scan(text, ref one, minCharsForParallelScan: int.MaxValue);
        foreach (var onThisThread in new[] { false, true })
        {
            var halves = new LexedToken[16];
            var halvesCount = ErrorFreeParser.Scan(text, ref halves, minCharsForParallelScan: 0, halvesOnThisThread: onThisThread);
            Assert.Equal(oneCount, halvesCount);
            Assert.Equal(one.AsSpan(0, Math.Max(0, oneCount)).ToArray(), halves.AsSpan(0, Math.Max(0, halvesCount)).ToArray());
        }
    }

    /// <summary>Where the fast path accepts <paramref name="text"/>, the tree with its tokens built in 2 to 7 runs (on as many threads, or on one) is the tree of one run.</summary>
    private static void AssertSameInRuns(SourceText text)
    {
        if (ErrorFreeParser.TryParse(text, int.MaxValue, 1, 1) is not { } one)
        {
            Assert.Null(ErrorFreeParser.TryParse(text, 0, 3, 3));
            return;
        }

        var expected = SyntaxTreeDump.Write(new SyntaxTree(text, one, []));
        foreach (var (count, threads) in new[] { (2, 2), (3, 3), (7, 7), (5, 1) })
        {
            var runs = ErrorFreeParser.TryParse(text, 0, count, threads);
            Assert.NotNull(runs);
            Assert.Equal(expected, SyntaxTreeDump.Write(new SyntaxTree(text, runs, [])));
            Assert.Equal(text.Text, runs.ToFullString());
        }
    }

    private static void AssertSameAsAntlr(SourceText text)
    {
        var expected = SyntaxParser.Parse(text, tryErrorFreeParser: false);
        var actual = SyntaxParser.Parse(text, tryErrorFreeParser: true);
        Assert.Equal(SyntaxTreeDump.Write(expected), SyntaxTreeDump.Write(actual));
        Assert.Equal(text.Text, actual.Root.ToFullString());
    }
}
