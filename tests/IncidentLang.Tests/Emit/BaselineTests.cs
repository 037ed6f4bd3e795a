using System.Text;
using IncidentLang.Emit.Json;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using IncidentLang.Text;

namespace IncidentLang.Tests.Emit;

/// <summary>Baseline tests (tests/Baselines/README.md): tokens and trivia, diagnostics and JSON, compared exactly.</summary>
public sealed class BaselineTests
{
    [Fact]
    public void Examples_match_their_baselines()
    {
        var expected = Path.Combine(TestPaths.Baselines, "examples");
        var (compilation, loaded) = TestCompiler.CompileFolder(TestPaths.Examples);
        foreach (var tree in compilation.SyntaxTrees)
        {
            Baseline.AssertMatches(Path.Combine(expected, tree.FilePath.Replace('/', '_') + ".tokens"), TokenDumper.Dump(tree));
        }

        var diagnostics = loaded.ConfigurationDiagnostics.AddRange(compilation.GetDiagnostics());
        Baseline.AssertMatches(Path.Combine(expected, "diagnostics.txt"), string.Concat(diagnostics.Select(d => d + "\n")));
        foreach (var incident in compilation.Bound.Incidents)
        {
            Baseline.AssertMatches(Path.Combine(expected, incident.Name + ".json"), IncidentJsonEmitter.Emit(incident));
        }
    }

    public static TheoryData<string> RecoveryCases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Baselines, "recovery"), "*.inc").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RecoveryCases))]
    public void Recovery_cases_match_their_baselines(string fileName)
    {
        var path = Path.Combine(TestPaths.Baselines, "recovery", fileName);
        var tree = SyntaxTree.Parse(SourceText.FromBytes(File.ReadAllBytes(path), fileName));
        Assert.Equal(tree.Text.Text, tree.Root.ToFullString());
        Baseline.AssertMatches(path + ".tokens", TokenDumper.Dump(tree));
        var compilation = Compilation.Create([tree], TestCompiler.Options);
        var text = new StringBuilder();
        foreach (var diagnostic in compilation.GetDiagnostics())
        {
            text.Append(diagnostic).Append('\n');
        }

        Baseline.AssertMatches(path + ".diagnostics", text.ToString());
    }

    [Fact]
    public void Json_output_is_byte_identical_on_rebuild()
    {
        var first = TestCompiler.CompileFolder(TestPaths.Examples).Compilation;
        var second = TestCompiler.CompileFolder(TestPaths.Examples).Compilation;
        foreach (var incident in first.Bound.Incidents)
        {
            var again = second.Bound.Incidents.Single(i => i.Name == incident.Name);
            Assert.Equal(IncidentJsonEmitter.Emit(incident), IncidentJsonEmitter.Emit(again));
        }
    }
}
