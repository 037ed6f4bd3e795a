using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Emit;
using IncidentLang.Emit.Html;
using IncidentLang.Tests.Cli;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Emit;

/// <summary>
/// Big incidents render (issue 11): the briefing's cross-references are precomputed in the model, so the
/// built-in template walks each list once, and Scriban's limits grow with the input — a safety net against a
/// template that never stops, not a ceiling on a long report (issue 12).
/// </summary>
public sealed partial class BriefingScaleTests
{
    /// <summary>
    /// The shape of <c>bench/IncidentLang.Benchmarks/LargeIncident.cs</c> (20 sources, actors and targets; every
    /// claim names one actor, two targets and two sources), clean of diagnostics.
    /// </summary>
    internal static string LargeIncident(int claims)
    {
        var builder = new StringBuilder();
        builder.Append("incident large {\n  title: \"A large generated incident\"\n  reported: 2025-01-10\n  summary: \"Generated for tests.\"\n\n");
        for (var s = 0; s < 20; s++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  source src-{s} {{\n    name: \"Source number {s}\"\n    kind: press\n    reliability: B\n  }}\n");
            builder.Append(CultureInfo.InvariantCulture, $"  actor actor-{s} {{\n    name: \"Actor number {s}\"\n    kind: criminal\n  }}\n");
            builder.Append(CultureInfo.InvariantCulture, $"  target target-{s} {{\n    name: \"Target number {s}\"\n    kind: organization\n  }}\n");
        }

        for (var c = 0; c < claims; c++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  claim claim-{c} {{\n    text: \"Claim {c}: the actor accessed the target's network.\"\n    actors: [actor-{c % 20}]\n    targets: [target-{(c * 7) % 20}, target-{(c * 3 + (c % 5 == 0 ? 1 : 0)) % 20}]\n    confidence: moderate\n    sources: [src-{c % 20}, src-{(c + 1) % 20}]\n  }}\n");
        }

        builder.Append("}\n");
        return builder.ToString();
    }

    private static IncidentSymbol Bind(string text)
    {
        var compilation = TestCompiler.Compile(text);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        return compilation.Bound.Incidents[0];
    }

    [Fact]
    public void A_5000_claim_incident_renders_whole_with_every_cross_reference()
    {
        var html = HtmlBriefingEmitter.Emit(Bind(LargeIncident(5000)));

        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.Equal(5000, ClaimCard().Count(html));
        // Actor 3 is named by every claim c with c % 20 == 3: 250 claims, in page order (all are key judgements).
        var actor = Regex.Match(html, "<li class=\"card\" id=\"actor-actor-3\">.*?</li>", RegexOptions.Singleline).Value;
        var named = Regex.Matches(actor, "<a href=\"#claim-claim-(\\d+)\">KJ(\\d+)</a>").Select(m => (Id: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Label: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(Enumerable.Range(0, 5000).Where(c => c % 20 == 3).ToList(), named.Select(n => n.Id).ToList());
        Assert.All(named, n => Assert.Equal(n.Id + 1, n.Label));
        // Source 0 is cited by the claims c with c % 20 == 0 or 19: its "used in" lists 500 claims.
        var source = Regex.Match(html, "<tr id=\"source-src-0\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Equal(500, Regex.Matches(source, "<a href=\"#claim-").Count);
    }

    [Fact]
    public void The_loop_limit_grows_with_the_input_so_a_quadratic_template_fails_on_a_big_report_only()
    {
        // Every claim against every claim: n² iterations. Fine for 100 claims (10,000), refused for 2,000 (4,000,000).
        var templates = UserTemplates(out var folder, "{{ for a in claims }}{{ for b in claims }}{{ end }}{{ end }}done");
        using (folder)
        {
            Assert.Equal("done", HtmlBriefingEmitter.Emit(Bind(LargeIncident(100)), templates));
            var failure = Assert.Throws<TemplateException>(() => HtmlBriefingEmitter.Emit(Bind(LargeIncident(2000)), templates));
            Assert.Contains("Exceeding number of iteration limit", failure.Message, StringComparison.Ordinal);
            Assert.Contains("limits for this input: ", failure.Message, StringComparison.Ordinal);
        }

        var small = TemplateLimits.For(10, 1_000);
        var large = TemplateLimits.For(5_061, 2_000_000);
        Assert.Equal(TemplateLimits.BaseLoopLimit + (10 * TemplateLimits.LoopsPerDeclaration), small.LoopLimit);
        Assert.True(large.LoopLimit > 25 * small.LoopLimit / 10, "the loop limit is proportional to the declarations");
        Assert.True(large.OutputLimit > 64 * 2_000_000, "the output limit is proportional to the input's size");
    }

    [Theory]
    [InlineData("{{ while true }}{{ end }}", "Exceeding number of iteration limit")]
    [InlineData("{{ for i in 1..1000000000 }}x{{ end }}", "Range expression exceeds LoopLimit")]
    [InlineData("{{ func f\n f\nend\nf }}", "Exceeding number of recursive depth limit")]
    [InlineData("{{ x = \"\" | string.pad_left 1000000 }}{{ for i in 1..50 }}{{ x }}{{ end }}", "Rendered output exceeds OutputLimit")]
    public void A_template_that_never_stops_fails_with_the_limit_it_reached(string template, string message)
    {
        var templates = UserTemplates(out var folder, template);
        using (folder)
        {
            var incident = Bind(LargeIncident(3));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var failure = Assert.Throws<TemplateException>(() => HtmlBriefingEmitter.Emit(incident, templates));
            Assert.Contains(message, failure.Message, StringComparison.Ordinal);
            Assert.Contains("limits for this input: ", failure.Message, StringComparison.Ordinal);
            Assert.Null(failure.Diagnostic);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        }
    }

    [Fact]
    public async Task Inc_build_reports_a_runaway_template_and_writes_no_briefing()
    {
        using var folder = new TempFolder();
        folder.Write("templates/briefing.html.scriban", "<p>{{ title }}</p>{{ while true }}{{ end }}");
        folder.Write("a.inc", LargeIncident(2));
        var result = await CliRunner.RunAsync(folder.Path, "build", "a.inc", "--format", "html", "--template", "templates", "-o", "out");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("inc: template error while rendering 'large': ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Exceeding number of iteration limit", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "out", "large.html")));
    }

    [Fact]
    public async Task Inc_build_reports_a_runaway_index_template_without_a_stack_trace()
    {
        using var folder = new TempFolder();
        folder.Write("templates/index.html.scriban", "{{ while true }}{{ end }}");
        folder.Write("a.inc", LargeIncident(2));
        folder.Write("b.inc", LargeIncident(2).Replace("incident large", "incident other", StringComparison.Ordinal));
        var result = await CliRunner.RunAsync(folder.Path, "build", "a.inc", "b.inc", "--format", "html", "--template", "templates", "-o", "out");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("inc: template error while rendering the index: ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    private static BriefingTemplates UserTemplates(out TempFolder folder, string briefing)
    {
        folder = new TempFolder();
        folder.Write(BriefingTemplates.BriefingFile, briefing);
        return BriefingTemplates.FromDirectory(folder.Path);
    }

    [GeneratedRegex("<li class=\"kj [^\"]*\" id=\"claim-")]
    private static partial Regex ClaimCard();
}
