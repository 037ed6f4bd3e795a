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
        var lsp = new LanguageServerLatency();
        lsp.Setup();
        Report("lsp change->diagnostics seed", () => lsp.ChangeToDiagnosticsSeed());
        Report("lsp completion seed", () => lsp.CompletionSeed());
        Report("lsp change->diagnostics large", () => lsp.ChangeToDiagnosticsLarge(), 7);
        Report("lsp completion large", () => lsp.CompletionLarge(), 7);
        lsp.Cleanup();
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
