using BenchmarkDotNet.Attributes;
using IncidentLang.Syntax;

namespace IncidentLang.Benchmarks;

/// <summary>Parse and full check (bind + analyzers) of the seed example and of a 2,000-claim file.</summary>
[MemoryDiagnoser]
public class CompilerBenchmarks
{
    private string _seed = string.Empty;
    private string _large = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _seed = File.ReadAllText(Paths.Example("salt-typhoon.inc"));
        _large = LargeIncident.Generate(2000);
    }

    [Benchmark]
    public SyntaxTree ParseSeed() => SyntaxTree.Parse(_seed, "salt-typhoon.inc");

    [Benchmark]
    public int CheckSeed() => Compilation.Create([SyntaxTree.Parse(_seed, "salt-typhoon.inc")]).GetDiagnostics().Length;

    [Benchmark]
    public SyntaxTree ParseLarge() => SyntaxTree.Parse(_large, "large.inc");

    [Benchmark]
    public int CheckLarge() => Compilation.Create([SyntaxTree.Parse(_large, "large.inc")]).GetDiagnostics().Length;
}
