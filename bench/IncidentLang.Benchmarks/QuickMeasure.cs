using System.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Benchmarks;

/// <summary>A quick stopwatch median, for a first look without BenchmarkDotNet's full runs.</summary>
public static class QuickMeasure
{
    public static void Run()
    {
        var seed = File.ReadAllText(Paths.Example("salt-typhoon.inc"));
        var large = LargeIncident.Generate(2000);
        Console.WriteLine($"large file: {large.Length / 1024} KB");
        Report("parse seed", () => SyntaxTree.Parse(seed));
        Report("check seed", () => Compilation.Create([SyntaxTree.Parse(seed)]).GetDiagnostics());
        Report("lex large (ANTLR lexer only)", () =>
        {
            var lexer = new IncidentLang.Syntax.Generated.IncidentLexer(new Antlr4.Runtime.AntlrInputStream(large));
            while (lexer.NextToken().Type != Antlr4.Runtime.TokenConstants.EOF)
            {
            }
        });
        Report("ANTLR parse large (SLL, tree)", () =>
        {
            var lexer = new IncidentLang.Syntax.Generated.IncidentLexer(new Antlr4.Runtime.AntlrInputStream(large));
            var parser = new IncidentLang.Syntax.Generated.IncidentParser(new Antlr4.Runtime.CommonTokenStream(lexer));
            parser.RemoveErrorListeners();
            parser.Interpreter.PredictionMode = Antlr4.Runtime.Atn.PredictionMode.SLL;
            parser.compilationUnit();
        });
        Report("parse large", () => SyntaxTree.Parse(large));
        Report("check large", () => Compilation.Create([SyntaxTree.Parse(large)]).GetDiagnostics());
        var tree = SyntaxTree.Parse(large);
        Report("bind+analyze large (tree reused)", () => Compilation.Create([tree]).GetDiagnostics());
        RunRender();
        var lsp = new LanguageServerLatency();
        lsp.Setup();
        Report("lsp change->diagnostics seed", () => lsp.ChangeToDiagnosticsSeed());
        Report("lsp completion seed", () => lsp.CompletionSeed());
        Report("lsp change->diagnostics large", () => lsp.ChangeToDiagnosticsLarge(), 7);
        Report("lsp completion large", () => lsp.CompletionLarge(), 7);
        lsp.Cleanup();
    }

    /// <summary>
    /// The HTML emit stage alone (<c>--quick-render</c>): the briefing of a bound 2,000- and 5,000-claim incident.
    /// Besides the wall-clock median it prints the median of the process's CPU time per run, which a machine
    /// shared with other work disturbs far less (the stage is single-threaded).
    /// </summary>
    public static void RunRender()
    {
        var bound = RenderBenchmarks.Bind(2000);
        ReportWithCpu("emit html large (2,000 claims, bound)", () => IncidentLang.Emit.Html.HtmlBriefingEmitter.Emit(bound), 21);
        ReportWithCpu("html streamed (as inc build writes it)", () => IncidentLang.Emit.Html.HtmlBriefingEmitter.Write(bound, Stream.Null), 21);
        ReportWithCpu("briefing model large (2,000 claims)", () => IncidentLang.Emit.Html.BriefingModelBuilder.Build(bound, "bench"), 21);
        var model = IncidentLang.Emit.Html.BriefingModelBuilder.Build(bound, "bench");
        var limits = IncidentLang.Emit.Html.TemplateLimits.For(bound);
        ReportWithCpu("scriban only (model built once)", () =>
        {
            using var output = new IncidentLang.Emit.Html.Utf8StreamScriptOutput(Stream.Null);
            IncidentLang.Emit.Html.HtmlBriefingEmitter.Render(IncidentLang.Emit.Html.BriefingTemplates.Default.Briefing, model, limits, output: output);
            output.Flush();
        }, 21);
        ReportWithCpu("json streamed", () => IncidentLang.Emit.Json.IncidentJsonEmitter.Write(bound, Stream.Null), 21);

        // The per-incident cost on a small report (inc build of thousands of files renders each): 100 renders per run.
        var seed = Compilation.Create([IncidentLang.Syntax.SyntaxTree.Parse(File.ReadAllText(Paths.Example("salt-typhoon.inc")), "salt-typhoon.inc")]).Bound.Incidents[0];
        ReportWithCpu("100 x html streamed, salt-typhoon", () => Repeat(100, () => IncidentLang.Emit.Html.HtmlBriefingEmitter.Write(seed, Stream.Null)), 11);
        ReportWithCpu("100 x briefing model, salt-typhoon", () => Repeat(100, () => IncidentLang.Emit.Html.BriefingModelBuilder.Build(seed, "bench")), 11);
        ReportWithCpu("100 x template context", () => Repeat(100, () => new IncidentLang.Emit.Html.HtmlEncodingTemplateContext(IncidentLang.Emit.Html.TemplateLimits.For(seed))), 11);
        ReportWithCpu("100 x json streamed, salt-typhoon", () => Repeat(100, () => IncidentLang.Emit.Json.IncidentJsonEmitter.Write(seed, Stream.Null)), 11);
        ReportWithCpu("100 x stix streamed, salt-typhoon", () => Repeat(100, () => IncidentLang.Emit.Stix.StixEmitter.Write(seed, Stream.Null)), 11);
        var bound5000 = RenderBenchmarks.Bind(5000);
        ReportWithCpu("emit html 5,000 claims (bound)", () => IncidentLang.Emit.Html.HtmlBriefingEmitter.Emit(bound5000), 11);
    }

    /// <summary>
    /// <c>--quick-render-small FILE</c>: the per-incident cost of <c>inc build</c> on one small report (the many-files
    /// workload's kind), 100 renders per run, by stage.
    /// </summary>
    public static void RunSmallRender(string path)
    {
        var incident = Compilation.Create([IncidentLang.Syntax.SyntaxTree.Parse(File.ReadAllText(path), path)]).Bound.Incidents[0];
        var model = IncidentLang.Emit.Html.BriefingModelBuilder.Build(incident, "bench");
        var limits = IncidentLang.Emit.Html.TemplateLimits.For(incident);
        ReportWithCpu("100 x html streamed", () => Repeat(100, () => IncidentLang.Emit.Html.HtmlBriefingEmitter.Write(incident, Stream.Null)), 21);
        ReportWithCpu("100 x briefing model", () => Repeat(100, () => IncidentLang.Emit.Html.BriefingModelBuilder.Build(incident, "bench")), 21);
        ReportWithCpu("100 x scriban only (model built once)", () => Repeat(100, () =>
        {
            using var output = new IncidentLang.Emit.Html.Utf8StreamScriptOutput(Stream.Null);
            IncidentLang.Emit.Html.HtmlBriefingEmitter.Render(IncidentLang.Emit.Html.BriefingTemplates.Default.Briefing, model, limits, output: output);
            output.Flush();
        }), 21);
        ReportWithCpu("100 x template context", () => Repeat(100, () => new IncidentLang.Emit.Html.HtmlEncodingTemplateContext(limits)), 21);
        ReportWithCpu("100 x json streamed", () => Repeat(100, () => IncidentLang.Emit.Json.IncidentJsonEmitter.Write(incident, Stream.Null)), 21);
    }

    /// <summary>
    /// <c>--template-experiment REPORT TEMPLATE...</c>: Scriban's time alone (model built once) rendering the report's
    /// briefing with each template, 200 renders per run, the minimum of 15 runs: which constructs of a template cost.
    /// </summary>
    public static void RunTemplateExperiment(string report, IEnumerable<string> templates)
    {
        var incident = Compilation.Create([IncidentLang.Syntax.SyntaxTree.Parse(File.ReadAllText(report), report)]).Bound.Incidents[0];
        var model = IncidentLang.Emit.Html.BriefingModelBuilder.Build(incident, "bench");
        var limits = IncidentLang.Emit.Html.TemplateLimits.For(incident);
        foreach (var path in templates)
        {
            var template = Scriban.Template.Parse(File.ReadAllText(path), path);
            if (template.HasErrors)
            {
                Console.WriteLine($"{path}: {string.Join("; ", template.Messages)}");
                continue;
            }

            var length = 0L;
            ReportWithCpu(Path.GetFileName(path), () => Repeat(200, () =>
            {
                var counter = new CountingStream();
                using var output = new IncidentLang.Emit.Html.Utf8StreamScriptOutput(counter);
                IncidentLang.Emit.Html.HtmlBriefingEmitter.Render(template, model, limits, output: output);
                output.Flush();
                length = counter.Length;
            }), 15);
            Console.WriteLine($"   {length:N0} bytes");
        }
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }

    private static void Repeat(int times, Action action)
    {
        for (var i = 0; i < times; i++)
        {
            action();
        }
    }

    private static void ReportWithCpu(string name, Action action, int runs)
    {
        action();
        var process = Process.GetCurrentProcess();
        var wall = new List<double>();
        var cpu = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            wall.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        wall.Sort();
        cpu.Sort();
        Console.WriteLine($"{name,-40} median {wall[runs / 2],8:F1} ms   min {wall[0],8:F1} ms   cpu median {cpu[runs / 2],8:F1} ms   cpu min {cpu[0],8:F1} ms");
    }

    private static void Report(string name, Action action, int runs = 15)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"{name,-40} median {times[times.Count / 2],8:F1} ms   min {times[0],8:F1} ms");
    }
}
