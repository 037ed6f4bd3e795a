using IncidentLang.Emit.Html;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Emit;

/// <summary>
/// The briefing and the index defang a declared linkable indicator written live anywhere in report text
/// (INC2013 warns, but a warning does not stop the build): tests/hostile/reports/live-in-prose.inc in
/// Chromium, and these tests on the HTML text.
/// </summary>
public sealed class LiveIndicatorDefangingTests
{
    private static readonly string Report = """
        incident live {
          title: "Beacon to evil-example.com and 203.0.113.77"
          reported: 2025-01-10
          summary: "The implant beaconed to https://evil-example.com/gate.php and mailed ops@evil-example.com; 203.0.113.770 is another host."

          source src {
            name: "Vendor"
            kind: vendor
            reliability: B
          }

          indicator gate-url {
            kind: url
            value: "https://evil-example.com/gate.php"
            sources: [src]
          }

          indicator gate-domain {
            kind: domain
            value: "evil-example.com"
            sources: [src]
          }

          indicator gate-ip {
            kind: ipv4
            value: "203.0.113[.]77"
            sources: [src]
          }

          indicator gate-mail {
            kind: email
            value: "ops@evil-example.com"
            sources: [src]
          }

          claim c1 {
            text: "Commands came from 203.0.113.77 (also seen at EVIL-EXAMPLE.COM)."
            confidence: moderate
            sources: [src]
            indicators: [gate-url, gate-domain, gate-ip, gate-mail]
          }
        }
        """;

    private static Compilation Compile()
    {
        var compilation = TestCompiler.Compile(Report);
        Assert.All(compilation.GetDiagnostics(), d => Assert.Equal("INC2013", d.Id));
        return compilation;
    }

    [Fact]
    public void The_briefing_shows_no_indicator_live()
    {
        var html = HtmlBriefingEmitter.Emit(Compile().Bound.Incidents[0]);
        foreach (var live in new[] { "evil-example.com", "203.0.113.77<", "203.0.113.77 ", "ops@evil-example.com", "https://evil-example.com" })
        {
            Assert.DoesNotContain(live, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Beacon to evil-example[.]com and 203.0.113[.]77", html, StringComparison.Ordinal);
        Assert.Contains("beaconed to hxxps://evil-example[.]com/gate.php and mailed ops[@]evil-example[.]com; 203.0.113.770 is another host.", html, StringComparison.Ordinal);
        Assert.Contains("Commands came from 203.0.113[.]77 (also seen at EVIL-EXAMPLE[.]COM).", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_shows_no_indicator_live()
    {
        var html = HtmlBriefingEmitter.EmitIndex(Compile().Bound.Incidents);
        Assert.Contains("Beacon to evil-example[.]com and 203.0.113[.]77", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil-example.com", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_indicators_is_unchanged()
    {
        var compilation = TestCompiler.Compile(File.ReadAllText(Path.Combine(TestPaths.Examples, "moveit-transfer.inc")));
        var html = HtmlBriefingEmitter.Emit(compilation.Bound.Incidents[0]);
        Assert.Contains("human2.aspx", html, StringComparison.Ordinal); // a file name is not a link: never defanged
    }
}
