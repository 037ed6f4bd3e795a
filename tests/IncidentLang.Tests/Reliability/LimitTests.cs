using System.Diagnostics;
using System.Text;
using System.Text.Json;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;
using IncidentLang.Tests.Cli;
using IncidentLang.Tests.Infrastructure;
using IncidentLang.Text;

namespace IncidentLang.Tests.Reliability;

/// <summary>
/// The limits of docs/reliability.md ("Limits"): file size (INC0009), line length (INC0010), nesting
/// (INC0011) and diagnostics per file (INC0012), each one diagnostic at an exact span, in bounded time.
/// Their inputs are generated here rather than kept as case files (a 50 MB case, a 10,001-character line).
/// </summary>
public sealed class LimitTests
{
    private const string Head = "incident x {\n  title: \"T\"\n  reported: 2025-01-10\n  summary: \"S.\"\n";

    // ------------------------------------------------------------------ INC0009 file size

    [Fact]
    public void INC0009_a_text_over_50_MB_is_not_parsed_and_is_one_diagnostic_at_its_start()
    {
        var text = SourceText.From("incident x {\n" + new string('a', (int)SyntaxLimits.MaxFileBytes), "big.inc");
        var tree = SyntaxTree.Parse(text);

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("INC0009", diagnostic.Id);
        Assert.Equal(new TextSpan(0, 0), diagnostic.Location.Span);
        Assert.Equal("The file is 52,428,813 bytes, more than the limit of 52,428,800 bytes (50 MB); it is not parsed", diagnostic.Message);
        Assert.Empty(tree.Root.Declarations);
        Assert.Equal(text.Text, tree.Root.ToFullString());
    }

    [Fact]
    public void INC0009_counts_UTF8_bytes_not_characters()
    {
        // 17,476,267 euro signs are 52,428,801 UTF-8 bytes in a third as many characters.
        var over = SyntaxTree.Parse(new string('€', 17_476_267));
        Assert.Equal("INC0009", Assert.Single(over.Diagnostics).Id);
        Assert.Contains("52,428,801 bytes", over.Diagnostics[0].Message, StringComparison.Ordinal);

        // 50 MB exactly is within the limit (a comment, so the parse is quick; its line is too long).
        var at = SyntaxTree.Parse("//" + new string('a', (int)SyntaxLimits.MaxFileBytes - 2));
        Assert.DoesNotContain(at.Diagnostics, d => d.Id == "INC0009");
    }

    [Fact]
    public async Task INC0009_inc_check_does_not_read_a_file_over_the_limit()
    {
        using var folder = new TempFolder();
        // A sparse file of 100 GiB: reading it would fail (or take minutes); its size is all inc looks at.
        var path = Path.Combine(folder.Path, "huge.inc");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.SetLength(100L * 1024 * 1024 * 1024);
        }

        var watch = Stopwatch.StartNew();
        var result = await CliRunner.RunAsync(folder.Path, "check", "huge.inc");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "huge.inc(1,1): error INC0009: The file is 107,374,182,400 bytes, more than the limit of 52,428,800 bytes (50 MB); it is not parsed\n"
            + "1 file checked: 1 error, 0 warnings, 0 info.\n",
            result.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    // ------------------------------------------------------------------ INC0010 line length

    [Fact]
    public void INC0010_a_line_over_10000_characters_is_one_diagnostic_on_the_part_beyond_the_limit()
    {
        var comment = "  // " + new string('x', 10_000);   // 10,005 characters
        var text = Head + comment + "\n}\n";
        var diagnostic = Assert.Single(TestCompiler.Diagnose(text));

        var lineStart = Head.Length;
        Assert.Equal("INC0010", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(TextSpan.FromBounds(lineStart + 10_000, lineStart + comment.Length), diagnostic.Location.Span);
        Assert.Equal("Line 5 is 10,005 characters long; lines longer than 10,000 characters are not parsed beyond that", diagnostic.Message);
    }

    [Fact]
    public void INC0010_a_line_of_exactly_10000_characters_is_fine()
    {
        Assert.Empty(TestCompiler.Diagnose(Head + "  // " + new string('x', 9_995) + "\n}\n"));
    }

    [Theory]
    [InlineData("string")]
    [InlineData("list")]
    [InlineData("stray")]
    [InlineData("triple")]
    public void INC0010_a_10_MB_line_is_handled_in_bounded_time_and_never_parsed(string kind)
    {
        const int TenMegabytes = 10 * 1024 * 1024;
        var line = kind switch
        {
            "string" => "  title: \"" + new string('a', TenMegabytes) + "\"",
            "list" => "  tags: [" + new StringBuilder(TenMegabytes).Insert(0, "\"a\",", TenMegabytes / 4) + "]",
            "stray" => "  " + new string(';', TenMegabytes),
            _ => "  summary: \"\"\"" + new string('a', TenMegabytes) + "\"\"\"",
        };
        var text = "incident x {\n" + line + "\n}\n";
        var watch = Stopwatch.StartNew();
        var tree = SyntaxTree.Parse(text, "long.inc");
        var diagnostics = Compilation.Create([tree], TestCompiler.Options).GetDiagnostics();
        watch.Stop();

        Assert.Equal(text, tree.Root.ToFullString());
        var tooLong = Assert.Single(diagnostics, d => d.Id == "INC0010");
        Assert.Equal(TextSpan.FromBounds(13 + 10_000, 13 + line.Length), tooLong.Location.Span);
        // Nothing past the limit reaches the parser: no other diagnostic lies there, none quotes it, and
        // what the cut leaves open (a list's ']') is at most one more syntax error.
        Assert.DoesNotContain(diagnostics, d => d != tooLong && tooLong.Location.Span.Contains(d.Location.Span.Start));
        Assert.True(diagnostics.Length <= 5, string.Join("\n", diagnostics));
        Assert.All(diagnostics, d => Assert.True(d.Message.Length < 12_000, d.Id + " has a message of " + d.Message.Length));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("two long lines in a row", "  title: \"{0}\"\r\n  summary: [{1}]\r\n", 2)]
    [InlineData("inside a multi-line string", "  summary: \"\"\"start\n{0}\nend\"\"\"\n", 1)]
    [InlineData("a string closed beyond the limit, then more", "  summary: \"\"\"{0}\"\"\" title: \"T\"\n  tags: [\"x\"]\n", 1)]
    [InlineData("inside a block comment", "  /* {0}\n{1} */\n", 2)]
    [InlineData("the last line, without a line break", "  title: \"T\"\n}} {0}", 1)]
    public void INC0010_every_shape_of_long_line_prints_back_exactly(string shape, string format, int longLines)
    {
        var text = "incident x {\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, format, new string('a', 20_000), new string(',', 15_000)) + (shape.StartsWith("the last", StringComparison.Ordinal) ? "" : "}\n");
        IncidentLang.Tests.Syntax.RoundTripTests.AssertRoundTrips(SourceText.From(text));
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(longLines, tree.Diagnostics.Count(d => d.Id == "INC0010"));
        Assert.All(tree.Diagnostics.Where(d => d.Id == "INC0010"), d => Assert.Equal(10_000, d.Location.LineSpan.Start.Character));
    }

    // ------------------------------------------------------------------ INC0011 nesting

    [Theory]
    [InlineData('[', ']', "tags: ")]
    [InlineData('{', '}', "")]
    public void INC0011_100000_openers_are_one_diagnostic_at_the_33rd_not_a_stack_overflow(char open, char close, string before)
    {
        var prefix = "incident x {\n  " + before;
        var text = prefix + new string(open, 100_000) + new string(close, 100_000) + "\n}\n";
        var tree = SyntaxTree.Parse(text);

        Assert.Equal(text, tree.Root.ToFullString());
        var diagnostic = Assert.Single(tree.Diagnostics, d => d.Id == "INC0011");
        // The incident's own '{' is level 1.
        Assert.Equal(new TextSpan(prefix.Length + 31, 1), diagnostic.Location.Span);
        Assert.Equal($"'{open}' opens level 33 of nesting; at most 32 levels are read, and the nested part up to its matching '{close}' is skipped", diagnostic.Message);
        Assert.Single(TestCompiler.Diagnose(text), d => d.Id == "INC0011");
    }

    [Fact]
    public void INC0011_unclosed_openers_are_one_diagnostic_too()
    {
        var text = "incident x {\n  tags: " + new string('[', 100_000) + "\n";
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text, tree.Root.ToFullString());
        Assert.Single(tree.Diagnostics, d => d.Id == "INC0011");
    }

    // ------------------------------------------------------------------ INC0012 diagnostics per file

    private static string WithUnknownProperties(int count)
    {
        var builder = new StringBuilder(Head);
        for (var i = 0; i < count; i++)
        {
            builder.Append("  zz").Append(i).Append(": 1\n");
        }

        return builder.Append("}\n").ToString();
    }

    [Fact]
    public void INC0012_a_file_reports_1000_diagnostics_then_one_summary_at_the_first_not_shown()
    {
        var text = WithUnknownProperties(1_234);
        var compilation = TestCompiler.Compile(text);
        var diagnostics = compilation.GetDiagnostics();

        Assert.Equal(1_001, diagnostics.Length);
        Assert.All(diagnostics.Take(1_000), d => Assert.Equal("INC1001", d.Id));
        var summary = diagnostics[^1];
        Assert.Equal("INC0012", summary.Id);
        Assert.Equal(DiagnosticSeverity.Error, summary.Severity);
        Assert.Equal("234 more diagnostics in this file are not shown (234 errors); a file reports at most 1,000", summary.Message);
        var firstHidden = text.IndexOf("zz1000:", StringComparison.Ordinal);
        Assert.Equal(new TextSpan(firstHidden, "zz1000".Length), summary.Location.Span);
    }

    [Fact]
    public void INC0012_counts_after_suppression_and_keeps_the_severity_of_what_it_hides()
    {
        // 1,100 warnings suppressed file-wide are not reported, so they do not count.
        var builder = new StringBuilder(Head);
        for (var i = 0; i < 1_100; i++)
        {
            builder.Append("  source s").Append(i).Append(" { name: \"S\" kind: press reliability: B }\n");
        }

        var unused = builder.Append("}\n").ToString();
        Assert.Empty(TestCompiler.Diagnose("// inc-disable-file INC2003\n" + unused));

        // Unsuppressed, they are warnings, and so is the summary.
        var warnings = TestCompiler.Diagnose(unused);
        var summary = Assert.Single(warnings, d => d.Id == "INC0012");
        Assert.Equal(DiagnosticSeverity.Warning, summary.Severity);
        Assert.Equal("100 more diagnostics in this file are not shown (100 warnings); a file reports at most 1,000", summary.Message);
    }

    [Fact]
    public void INC0012_an_incident_whose_errors_are_all_beyond_the_limit_is_still_not_built()
    {
        var floods = WithUnknownProperties(1_000).Replace("incident x", "incident a", StringComparison.Ordinal);
        var text = floods + "incident b {\n  title: \"T\"\n  reported: 2025-01-10\n  summary: \"S.\"\n  zz: 1\n}\n";
        var compilation = TestCompiler.Compile(text);
        Assert.Equal("INC0012", compilation.GetDiagnostics()[^1].Id);
        Assert.True(compilation.HasErrors(compilation.Bound.Incidents.Single(i => i.Name == "b")));
        Assert.DoesNotContain(compilation.Emit().Files, f => f.RelativePath.StartsWith("b.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public async Task INC0012_machine_readable_reports_stay_valid_and_carry_the_summary(string format)
    {
        using var folder = new TempFolder();
        folder.Write("flood.inc", WithUnknownProperties(1_500));
        var result = await CliRunner.RunAsync(folder.Path, "check", "flood.inc", "--format", format, "--today", "2026-01-15");
        Assert.Equal(1, result.ExitCode);

        using var document = JsonDocument.Parse(result.Stdout);
        var items = format == "json"
            ? document.RootElement.GetProperty("diagnostics")
            : document.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(1_001, items.GetArrayLength());
        var last = items[1_000];
        Assert.Equal("INC0012", last.GetProperty(format == "json" ? "id" : "ruleId").GetString());
    }

    // ------------------------------------------------------------------ the language server applies the same limits

    [Fact]
    public async Task The_language_server_publishes_the_same_limits()
    {
        await using var client = await IncidentLang.Tests.LanguageServer.LspTestClient.StartAsync();
        const string Uri = "untitled:flood.inc";
        var text = WithUnknownProperties(1_100).Replace("  zz0: 1\n", "  // " + new string('x', 10_000) + "\n", StringComparison.Ordinal);
        await client.OpenAsync(Uri, text);
        var published = await client.DiagnosticsAsync(Uri, 1);

        Assert.Equal(1_001, published.Count);
        Assert.Equal("INC0010", published[0]!["code"]!.GetValue<string>());
        Assert.Equal(4, published[0]!["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.Equal(10_000, published[0]!["range"]!["start"]!["character"]!.GetValue<int>());
        Assert.Equal("INC0012", published[^1]!["code"]!.GetValue<string>());
        Assert.Equal(1, published[^1]!["severity"]!.GetValue<int>());
        Assert.Equal("100 more diagnostics in this file are not shown (100 errors); a file reports at most 1,000", published[^1]!["message"]!.GetValue<string>());
    }
}
