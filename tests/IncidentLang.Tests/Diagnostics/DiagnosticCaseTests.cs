using IncidentLang.Diagnostics;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Diagnostics;

/// <summary>
/// One focused case per diagnostic ID: <c>Cases/INCxxxx*.inc</c> is a clean incident (lint rules
/// included) with exactly one fault. The first line says the expected ID and message; <c>[|…|]</c>
/// marks the exact span. The test asserts that this diagnostic, and nothing else, is reported.
/// </summary>
public sealed class DiagnosticCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.DiagnosticCases, "*.inc").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reports_exactly_one_diagnostic_at_the_marked_span(string name)
    {
        var marked = File.ReadAllText(Path.Combine(TestPaths.DiagnosticCases, name + ".inc"));
        var expectLine = marked.Split('\n')[0];
        Assert.StartsWith("// expect: ", expectLine);
        var expectation = expectLine["// expect: ".Length..];
        var expectedId = expectation[..7];
        var expectedMessage = expectation[8..];

        var source = MarkedSource.Parse(marked);
        var diagnostics = TestCompiler.Diagnose(source.Text);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(expectedId, diagnostic.Id);
        Assert.Equal(expectedMessage, diagnostic.Message);
        Assert.Equal(Assert.Single(source.Spans), diagnostic.Location.Span);
        Assert.StartsWith(name[..7], name);
        Assert.Equal(name[..7], diagnostic.Id);
    }

    [Fact]
    public void The_clean_base_of_the_cases_has_no_diagnostics()
    {
        var clean = File.ReadAllText(Path.Combine(TestPaths.DiagnosticCases, "INC1001.inc"))
            .Replace("[|reliabilty|]", "reliability", StringComparison.Ordinal);
        Assert.Empty(TestCompiler.Diagnose(clean));
    }

    [Fact]
    public void Every_syntax_and_semantic_diagnostic_has_a_case()
    {
        var covered = Directory.EnumerateFiles(TestPaths.DiagnosticCases, "*.inc").Select(f => Path.GetFileName(f)[..7]).ToHashSet();
        covered.Add("INC0008"); // needs raw bytes: SyntaxDiagnosticTests.INC0008_invalid_utf8_is_reported_at_each_replacement
        // The limits need generated inputs (50 MB, a 10,001-character line, 33 levels, 1,001 diagnostics): Reliability/LimitTests.
        covered.UnionWith(["INC0009", "INC0010", "INC0011", "INC0012"]);
        var missing = DiagnosticCatalog.All
            .Where(d => d.Category is DiagnosticCategory.Syntax or DiagnosticCategory.Semantic)
            .Select(d => d.Id)
            .Where(id => !covered.Contains(id))
            .ToList();
        Assert.Empty(missing);
    }
}
