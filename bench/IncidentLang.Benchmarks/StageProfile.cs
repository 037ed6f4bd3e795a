using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using IncidentLang.Analyzers;
using IncidentLang.Analyzers.Rules;
using IncidentLang.Binding;
using IncidentLang.Syntax;
using IncidentLang.Syntax.Generated;
using IncidentLang.Text;

namespace IncidentLang.Benchmarks;

/// <summary>
/// Where the time goes in <c>inc check</c> of the 2,000-claim file: a stopwatch median and the bytes
/// allocated per pipeline stage (docs/performance.md, "Where the time goes"). Run with <c>--stages</c>.
/// </summary>
public static class StageProfile
{
    public static void Run(int runs)
    {
        var large = LargeIncident.Generate(2000);
        var bytes = Encoding.UTF8.GetBytes(large);
        Console.WriteLine($"2,000-claim file: {bytes.Length:N0} bytes; {runs} runs after a warm-up; CPU = median process CPU time of a run; the sums and rates use it");
        var text = SourceText.FromBytes(bytes, "large.inc");
        var tree = SyntaxTree.Parse(text);
        var bound = Binder.Bind([tree]);
        var today = new DateOnly(2026, 12, 1);

        var total = 0.0;
        total += Report("decode (SourceText.FromBytes)", runs, () => SourceText.FromBytes(bytes, "large.inc"));
        var lex = Report("  ANTLR lexer alone (all tokens)", runs, () => Lex(large));
        var lexParse = Report("  ANTLR lexer + SLL parse (parse tree)", runs, () =>
        {
            var parser = new IncidentParser(new CommonTokenStream(new ListTokenSource(Lex(large))));
            parser.RemoveErrorListeners();
            parser.Interpreter.PredictionMode = PredictionMode.SLL;
            parser.ErrorHandler = new BailErrorStrategy();
            parser.compilationUnit();
        });
        var antlr = Report("parse, ANTLR path (SyntaxParser with the fast path off)", runs, () => SyntaxParser.Parse(text, tryErrorFreeParser: false));
        Console.WriteLine($"  => lexing {lex:F1} ms, ANTLR parsing {lexParse - lex:F1} ms, the rest (depth guard, tree conversion, literals, trivia) {antlr - lexParse:F1} ms");
        var buffer = new LexedToken[large.Length + 1];
        Report("  ErrorFreeParser.Scan alone (all tokens)", runs, () => ErrorFreeParser.Scan(large, ref buffer));
        var parse = Report("parse (SyntaxTree.Parse: the fast path here)", runs, () => SyntaxTree.Parse(text));
        total += parse;
        var bind = Report("bind (Binder.Bind)", runs, () => Binder.Bind([tree]));
        total += bind;
        var analyzers = 0.0;
        foreach (var analyzer in BuiltInRules.All)
        {
            analyzers += Report("  " + analyzer.GetType().Name, runs, () => AnalyzerDriver.Run(bound, today, [analyzer]));
        }

        Console.WriteLine($"  => analyzers together {analyzers:F1} ms");
        total += analyzers;
        var unanalysed = Report("bind + suppressions + filter (no analyzers)", runs, () => Compilation.Create([tree], new CompilationOptions { Analyzers = [], Today = today }).GetDiagnostics());
        Console.WriteLine($"  => suppressions + filter {unanalysed - bind:F1} ms");
        total += unanalysed - bind;
        Console.WriteLine($"sum of stages {total:F1} ms");
        var check = Report("check (decode, parse, bind, analyse, filter)", runs, () =>
            Compilation.Create([SyntaxTree.Parse(SourceText.FromBytes(bytes, "large.inc"))], new CompilationOptions { Today = today }).GetDiagnostics());
        Console.WriteLine($"=> {bytes.Length / 1e6 / (check / 1000):F1} MB/s (CPU time)");
    }

    private static List<IToken> Lex(string text)
    {
        var lexer = new IncidentLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var tokens = new List<IToken>();
        IToken token;
        do
        {
            token = lexer.NextToken();
            tokens.Add(token);
        }
        while (token.Type != TokenConstants.EOF);
        return tokens;
    }

    private static double Report(string name, int runs, Action action)
    {
        var timing = CpuTiming.Measure(runs, action);
        Console.WriteLine($"{name,-56} CPU {timing.CpuMedianMs,8:F1} ms  wall min {timing.WallMinMs,8:F1} ms  median {timing.WallMedianMs,8:F1} ms  {timing.Allocated / 1e6,6:F1} MB allocated");
        return timing.CpuMedianMs;
    }
}
