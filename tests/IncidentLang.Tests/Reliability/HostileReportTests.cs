using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Emit;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Reliability;

/// <summary>
/// The hostile reports of tests/hostile (docs/reliability.md, "Hostile reports"), in process: every report
/// compiles with warnings only and emits JSON, HTML and STIX; the invalid ones are refused with the
/// diagnostics their first line names. tests/hostile/run.sh opens the pages in Chromium.
/// </summary>
public sealed class HostileReportTests
{
    private static string Folder(string name) => Path.Combine(TestPaths.Root, "tests", "hostile", name);

    public static TheoryData<string> Reports() => Files("reports");

    public static TheoryData<string> Invalid() => Files("invalid");

    private static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder(folder), "*.inc").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_hostile_report_compiles_and_renders(string name)
    {
        var compilation = TestCompiler.Compile(File.ReadAllText(Path.Combine(Folder("reports"), name)));
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        var result = compilation.Emit(new EmitOptions { Formats = OutputFormats.All, MaximumTlp = Vocabularies.TlpLevels[^1] });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var html = Assert.Single(result.Files, f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)).Content;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        // A tag read attribute by attribute (quoted values may hold " onerror=" as text): no on* attribute.
        Assert.DoesNotMatch(@"<[a-zA-Z][^\s/>]*(\s+[^\s=/>""']+(\s*=\s*(""[^""]*""|'[^']*'|[^\s>""'][^\s>]*))?)*\s+on[a-zA-Z]+\s*=", html);
        Assert.DoesNotMatch(@"href=""(?!#|https?://)", html);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_hostile_report_gets_the_diagnostics_it_names(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder("invalid"), name));
        var expect = text.Split('\n')[0]["// expect: ".Length..].Split(" x");
        var diagnostics = TestCompiler.Diagnose(text);
        Assert.Equal(int.Parse(expect[1], System.Globalization.CultureInfo.InvariantCulture), diagnostics.Count(d => d.Id == expect[0]));
        Assert.DoesNotContain(diagnostics, d => d.Id == "INC9999");
    }

    [Fact]
    public void The_bidi_and_look_alike_report_gets_its_warnings()
    {
        var diagnostics = TestCompiler.Diagnose(File.ReadAllText(Path.Combine(Folder("reports"), "bidi-and-lookalikes.inc")));
        Assert.Equal(6, diagnostics.Count(d => d.Id == "INC2019"));
        Assert.Equal(21, diagnostics.Count(d => d.Id == "INC2020"));
    }
}
