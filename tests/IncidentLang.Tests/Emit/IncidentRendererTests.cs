using IncidentLang.Binding;
using IncidentLang.Emit;
using IncidentLang.Projects;
using IncidentLang.Syntax;
using IncidentLang.Text;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Emit;

/// <summary><see cref="IncidentRenderer"/>: one incident at a time, in any order, gives exactly what <see cref="Compilation.Emit"/> gives.</summary>
public sealed class IncidentRendererTests
{
    [Fact]
    public void Rendering_each_incident_in_reverse_then_the_index_gives_the_files_of_Emit()
    {
        var loaded = new ProjectLoader(baseDirectory: TestPaths.Root) { MaxDegreeOfParallelism = 4 }.Load(["examples"]);
        var compilation = Compilation.Create(loaded.Trees, new CompilationOptions { Today = new DateOnly(2026, 6, 1) });
        var options = EmitOptions.Default with { MaximumTlp = Vocabularies.FindTlp("red")! };
        var expected = compilation.Emit(options);

        var incidents = compilation.Bound.Incidents;
        var emissions = incidents.Reverse().Select(i => IncidentRenderer.Render(compilation, i, options)).Reverse().ToList();
        var built = emissions.Where(e => e.Built).Select(e => e.Incident).ToList();
        var files = emissions.SelectMany(e => e.Files).Append(IncidentRenderer.RenderIndex(built, options)!.File!).ToList();

        Assert.Equal(6, built.Count);
        Assert.Equal(expected.Built, built);
        Assert.Equal(expected.Files.Select(f => (f.RelativePath, f.Content)), files.Select(f => (f.RelativePath, f.Content)));
        Assert.Equal("index.html", files[^1].RelativePath);
    }

    [Fact]
    public void A_restricted_incident_is_not_built_and_says_why()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.DiagnosticCases, "INC1001.inc"))
            .Replace("[|reliabilty|]", "reliability", StringComparison.Ordinal)
            .Replace("incident test {", "incident test {\n  tlp: red", StringComparison.Ordinal);
        var compilation = Compilation.Create([SyntaxTree.Parse(SourceText.From(text, "test.inc"))]);
        var options = EmitOptions.Default;
        var restricted = Assert.Single(compilation.Bound.Incidents);

        var emission = IncidentRenderer.Render(compilation, restricted, options);

        Assert.False(emission.Built);
        Assert.Empty(emission.Files);
        Assert.Equal("INC2011", emission.Diagnostic?.Id);
    }
}
