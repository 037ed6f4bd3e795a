using IncidentLang.Emit.Html;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Emit;

/// <summary>Report text is inert in the briefing: escaping is structural, and template syntax in data is not evaluated.</summary>
public sealed class HtmlBriefingTests
{
    private const string Hostile = "<script>alert(1)</script>\\\" onmouseover=\\\"alert(2)\\\" ' {{ 6 * 7 }} {% raw %} &amp; </textarea>";

    private static string RenderHostile()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.DiagnosticCases, "INC1001.inc"))
            .Replace("[|reliabilty|]", "reliability", StringComparison.Ordinal)
            .Replace("\"Test incident\"", $"\"{Hostile}\"", StringComparison.Ordinal)
            .Replace("\"A clean incident.\"", $"\"{Hostile}\"", StringComparison.Ordinal)
            .Replace("\"The actor accessed the target.\"", $"\"{Hostile}\"", StringComparison.Ordinal)
            .Replace("name: \"Source\"", $"name: \"{Hostile}\"\n    url: \"https://example.org/?q='onmouseover=alert(3)&x=1\"", StringComparison.Ordinal);
        var compilation = TestCompiler.Compile(text);
        Assert.Empty(compilation.GetDiagnostics());
        return HtmlBriefingEmitter.Emit(compilation.Bound.Incidents[0]);
    }

    [Fact]
    public void Hostile_report_text_is_escaped_everywhere()
    {
        var html = RenderHostile();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\" onmouseover=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        // URLs with quotes or angle brackets are INC1010; what a valid URL may hold is attribute-escaped.
        Assert.Contains("href=\"https://example.org/?q=&#39;onmouseover=alert(3)&amp;x=1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_syntax_in_report_text_is_not_evaluated()
    {
        var html = RenderHostile();
        Assert.Contains("{{ 6 * 7 }}", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">42<", html, StringComparison.Ordinal);
        Assert.Contains("&amp;amp;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_briefing_is_self_contained()
    {
        var compilation = TestCompiler.CompileFolder(TestPaths.Examples).Compilation;
        foreach (var incident in compilation.Bound.Incidents)
        {
            var html = HtmlBriefingEmitter.Emit(incident);
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("<svg", html, StringComparison.Ordinal);
            Assert.Contains(incident.Title.Replace("&", "&amp;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_user_template_replaces_the_built_in_one_and_is_still_escaped()
    {
        var folder = Path.Combine(Path.GetTempPath(), "inc-template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, BriefingTemplates.BriefingFile), "<h1>{{ title }}</h1>");
            var templates = BriefingTemplates.FromDirectory(folder);
            var compilation = TestCompiler.Compile("incident x { title: \"<b>bold</b>\" reported: 2025-01-01 summary: \"s\" }");
            Assert.Equal("<h1>&lt;b&gt;bold&lt;/b&gt;</h1>", HtmlBriefingEmitter.Emit(compilation.Bound.Incidents[0], templates));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
