using System.Text;
using IncidentLang.Binding;
using IncidentLang.Emit;
using IncidentLang.Projects;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Emit;

/// <summary>
/// <see cref="IncidentRenderer.RenderTo"/> writes every file straight into a stream: the bytes are exactly the UTF-8 (no
/// byte order mark) of the text <see cref="IncidentRenderer.Render"/> gives, for every format, so <c>inc build</c>
/// writes what <see cref="Compilation.Emit"/> (and the baselines) say.
/// </summary>
public sealed class StreamedRenderingTests
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    [Theory]
    [InlineData(1)]
    [InlineData(3)] // the three formats of an incident rendered at once (a build of fewer files than jobs)
    public void Every_example_streams_the_bytes_of_its_rendered_text(int formatParallelism)
    {
        var loaded = new ProjectLoader(baseDirectory: TestPaths.Root).Load(["examples"]);
        var compilation = Compilation.Create(loaded.Trees, new CompilationOptions { Today = new DateOnly(2026, 6, 1) });
        var options = EmitOptions.Default with { MaximumTlp = Vocabularies.FindTlp("red")!, FormatParallelism = formatParallelism };
        var built = 0;
        foreach (var incident in compilation.Bound.Incidents)
        {
            built += AssertSameBytes(compilation, incident, options) ? 1 : 0;
        }

        Assert.Equal(6, built);
    }

    [Fact]
    public void A_large_incident_with_text_outside_the_basic_plane_streams_the_bytes_of_its_rendered_text()
    {
        // Long enough that every writer's buffers fill and flush many times; emoji and accents cross buffer boundaries.
        var claims = string.Concat(Enumerable.Range(0, 400).Select(i => $$"""

              claim c{{i}} {
                text: "Claim {{i}} 🛰️ naïve « quoted » — {{new string('x', i % 37)}} 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 <b>&amp;</b>"
                sources: [s]
                confidence: high
              }
            """));
        var text = $$"""
            incident big {
              title: "Big 🛰️ incident"
              reported: 2025-01-10
              summary: "Text « outside » the basic plane: 𝔘𝔫𝔦𝔠𝔬𝔡𝔢."
              source s {
                name: "Source ✓"
                kind: press
                reliability: B
              }
            {{claims}}
            }
            """;
        var compilation = Compilation.Create([SyntaxTree.Parse(text, "big.inc")]);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == IncidentLang.Diagnostics.DiagnosticSeverity.Error));

        Assert.True(AssertSameBytes(compilation, Assert.Single(compilation.Bound.Incidents), EmitOptions.Default));
    }

    [Fact]
    public void An_incident_that_is_not_built_opens_no_file()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.DiagnosticCases, "INC1001.inc"))
            .Replace("[|reliabilty|]", "reliability", StringComparison.Ordinal)
            .Replace("incident test {", "incident test {\n  tlp: red", StringComparison.Ordinal);
        var compilation = Compilation.Create([SyntaxTree.Parse(text, "test.inc")]);
        var opened = new List<string>();

        var emission = IncidentRenderer.RenderTo(compilation, Assert.Single(compilation.Bound.Incidents), EmitOptions.Default, path =>
        {
            opened.Add(path);
            return new MemoryStream();
        });

        Assert.False(emission.Built);
        Assert.Equal("INC2011", emission.Diagnostic?.Id);
        Assert.Empty(opened);
    }

    /// <summary>Whether the incident was built; when it was, each streamed file has the bytes of the rendered one.</summary>
    private static bool AssertSameBytes(Compilation compilation, IncidentSymbol incident, EmitOptions options)
    {
        var rendered = IncidentRenderer.Render(compilation, incident, options);
        var streams = new List<(string Path, MemoryStream Stream)>();
        var streamed = IncidentRenderer.RenderTo(compilation, incident, options, path =>
        {
            var stream = new MemoryStream();
            streams.Add((path, stream));
            return stream;
        });

        Assert.Equal(rendered.Built, streamed.Built);
        Assert.Empty(streamed.Files);
        if (!rendered.Built)
        {
            return false;
        }

        Assert.Equal(rendered.Files.Select(f => f.RelativePath), streams.Select(s => s.Path));
        Assert.Equal(3, streams.Count);
        foreach (var (file, (_, stream)) in rendered.Files.Zip(streams))
        {
            Assert.Equal(Utf8NoBom.GetBytes(file.Content), stream.ToArray());
        }

        return true;
    }
}
