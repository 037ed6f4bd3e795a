using System.Text;
using IncidentLang.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace IncidentLang.Benchmarks;

/// <summary>
/// IncidentLang's check rate next to Roslyn's C# parse rate on input of the same size, in the same
/// process on the same machine (issue 11: "twice Roslyn's C# parse rate"). Run with <c>--side-by-side</c>.
/// </summary>
public static class SideBySide
{
    public static void Run(int runs)
    {
        var incident = Encoding.UTF8.GetBytes(LargeIncident.Generate(2000));
        var csharp = LargeCSharp.Generate(2000, incident.Length);
        var csharpBytes = Encoding.UTF8.GetByteCount(csharp);
        var today = new DateOnly(2026, 12, 1);
        Console.WriteLine($"{runs} runs after a warm-up; CPU = median process CPU time of a run; MB = 10^6 bytes of UTF-8 input");
        var parse = CpuTiming.Measure(runs, () => Syntax.SyntaxTree.Parse(SourceText.FromBytes(incident, "large.inc")));
        var check = CpuTiming.Measure(runs, () => Compilation.Create([Syntax.SyntaxTree.Parse(SourceText.FromBytes(incident, "large.inc"))], new CompilationOptions { Today = today, MaxDegreeOfParallelism = 1 }).GetDiagnostics());
        // As inc check runs it: one file alone gets every core (binding its members and running its rules in parallel).
        var threads = Environment.ProcessorCount;
        var checkAllCores = CpuTiming.Measure(runs, () => Compilation.Create([Syntax.SyntaxTree.Parse(SourceText.FromBytes(incident, "large.inc"))], new CompilationOptions { Today = today, MaxDegreeOfParallelism = threads }).GetDiagnostics());
        var roslynParse = CpuTiming.Measure(runs, () => CSharpSyntaxTree.ParseText(csharp));
        var roslynDiagnostics = CpuTiming.Measure(runs, () => CSharpSyntaxTree.ParseText(csharp).GetDiagnostics().Count());
        Print($"IncidentLang parse, 2,000 claims ({incident.Length:N0} bytes)", incident.Length, parse);
        Print($"IncidentLang check (parse, bind, analyse), binding on 1 thread", incident.Length, check);
        Print($"IncidentLang check, {threads} threads (as inc check runs it)", incident.Length, checkAllCores);
        Print($"Roslyn {typeof(CSharpSyntaxTree).Assembly.GetName().Version} C# parse ({csharpBytes:N0} bytes)", csharpBytes, roslynParse);
        Print("Roslyn C# parse + syntax diagnostics", csharpBytes, roslynDiagnostics);
        Console.WriteLine($"=> check rate / Roslyn parse rate = {incident.Length / check.CpuMedianMs / (csharpBytes / roslynParse.CpuMedianMs):F2} (CPU time), {incident.Length / check.WallMinMs / (csharpBytes / roslynParse.WallMinMs):F2} (minimum wall time); on {threads} threads {incident.Length / checkAllCores.WallMinMs / (csharpBytes / roslynParse.WallMinMs):F2} (minimum wall time)");
    }

    private static void Print(string name, int bytes, CpuTiming timing) =>
        Console.WriteLine($"{name,-60} CPU {timing.CpuMedianMs,8:F1} ms {bytes / 1e6 / (timing.CpuMedianMs / 1000),6:F1} MB/s   wall min {timing.WallMinMs,8:F1} ms {bytes / 1e6 / (timing.WallMinMs / 1000),6:F1} MB/s");
}
