using BenchmarkDotNet.Attributes;
using IncidentLang.Binding;
using IncidentLang.Emit.Html;
using IncidentLang.Syntax;

namespace IncidentLang.Benchmarks;

/// <summary>
/// The HTML emit stage alone (issue 11): the briefing of the 2,000-claim incident, bound once, rendered
/// through the built-in template (<see cref="HtmlBriefingEmitter.Emit"/>: the model, then Scriban).
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private IncidentSymbol _large = null!;

    [GlobalSetup]
    public void Setup() => _large = Bind(2000);

    [Benchmark]
    public int EmitHtmlLarge() => HtmlBriefingEmitter.Emit(_large).Length;

    [Benchmark]
    public int BuildBriefingModelLarge() => BriefingModelBuilder.Build(_large, "bench").Count;

    /// <summary>The incident of <see cref="LargeIncident.Generate"/> with <paramref name="claims"/> claims, bound.</summary>
    public static IncidentSymbol Bind(int claims)
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(LargeIncident.Generate(claims), "large.inc")]);
        if (compilation.GetDiagnostics().Length > 0)
        {
            throw new InvalidOperationException("The generated incident has diagnostics.");
        }

        return compilation.Bound.Incidents[0];
    }
}
