using System.Diagnostics;
using IncidentLang.LanguageServer.Handlers;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Text;

namespace IncidentLang.Benchmarks;

/// <summary>
/// What VS Code asks for after every edit of a large report (semantic tokens, folding ranges, document symbols), each on a fresh
/// snapshot of the 2,000-claim file as the server has one after an edit (its semantic model not yet built), in process. Run with
/// <c>--editor-requests N</c>; the end-to-end figure is <c>tests/lsp-e2e/timing.js</c>'s large-vscode scenario.
/// </summary>
public static class EditorRequests
{
    public static void Run(int runs)
    {
        var text = SourceText.From(LargeIncident.Generate(2000), "/large.inc");
        var tree = Syntax.SyntaxTree.Parse(text);
        var compilation = Compilation.Create([tree], new CompilationOptions { Today = new DateOnly(2026, 12, 1) });
        _ = compilation.GetDiagnostics();
        DocumentSnapshot Fresh() => new("file:///large.inc", 1, tree, compilation);
        Console.WriteLine($"{runs} runs after a warm-up, each on a fresh snapshot; CPU = median process CPU time of a run");
        var tokens = 0;
        Print("semantic model index", CpuTiming.Measure(runs, () => _ = new SemanticModel(compilation, tree).GetDeclaredSymbol(tree.Root.Declarations[0])));
        Print("semanticTokens/full", CpuTiming.Measure(runs, () => tokens = SemanticTokensHandler.Tokens(Fresh()).Length));
        Print("foldingRange", CpuTiming.Measure(runs, () => _ = FoldingRangeHandler.Ranges(Fresh())));
        Print("documentSymbol", CpuTiming.Measure(runs, () => _ = DocumentSymbolHandler.Symbols(Fresh())));
        Console.WriteLine($"({tokens / 5:N0} semantic tokens)");
    }

    private static void Print(string name, CpuTiming timing) =>
        Console.WriteLine($"{name,-22} CPU {timing.CpuMedianMs,7:F1} ms   wall min {timing.WallMinMs,7:F1} ms   median {timing.WallMedianMs,7:F1} ms   {timing.Allocated / 1e6,7:F1} MB allocated");
}
