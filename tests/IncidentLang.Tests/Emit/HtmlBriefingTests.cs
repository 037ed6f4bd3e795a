using System.Net;
using System.Text.RegularExpressions;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Emit.Html;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Emit;

/// <summary>
/// Report text is inert in the briefing: escaping is structural, and template syntax in data is not
/// evaluated. The v2 sections: ATT&amp;CK in matrix order, vulnerabilities, indicators only defanged,
/// software, parties, and sections left out when there is nothing to show.
/// </summary>
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

    /// <summary>
    /// An incident with every v2 declaration the briefing shows, and one indicator of each kind (its
    /// documented example value, written live so that the page must defang it).
    /// </summary>
    private static string V2Incident() => $$"""
        incident v2-briefing {
          title: "Briefing with techniques, vulnerabilities and indicators"
          reported: 2025-03-01
          summary: "A test incident."

          source advisory {
            name: "Joint advisory"
            reference: "AA99-001A"
            kind: government
            reliability: A
            published: 2025-02-20
          }

          source vendor-note {
            name: "Vendor note"
            kind: vendor
            reliability: B
          }

          party ceo {
            name: "Pat Example"
            kind: person
            role: "Chief Executive Officer, Example Health"
          }

          actor crew {
            name: "Example crew"
            kind: criminal
            attack-id: G0092
          }

          target hospitals {
            name: "Hospitals"
            kind: sector
          }

          tool mimi {
            name: "Mimikatz"
            attack-id: S0002
          }

          malware shell {
            name: "EXAMPLESHELL"
            kind: webshell
          }

          vulnerability CVE-2023-34362 {
            name: "File transfer SQL injection"
            product: "Example Transfer"
            versions: "before 15.0.1"
            cvss: 9.8
            exploited: true
            sources: [vendor-note, advisory]
          }

          vulnerability CVE-2024-0001 {
            product: "Example Gateway"
            cvss: 5.0
            exploited: false
          }

          vulnerability CVE-2024-0002 {
            name: "Unscored flaw"
          }

        {{string.Concat(IndicatorKinds.All.Select(k => $$"""
          indicator ioc-{{k.Name}} {
            kind: {{k.Name}}
            value: "{{k.Example}}"
            software: [shell]
            actors: [crew]
            first-seen: 2025-01-02
            confidence: high
            sources: [advisory]
          }

        """))}}
          claim impact {
            text: "The crew encrypted hospital systems."
            actors: [crew]
            targets: [hospitals]
            confidence: high
            sources: [advisory]
            techniques: [T1486, T1078.004]
            software: [mimi]
          }

          claim entry {
            text: "The crew exploited the transfer application."
            actors: [crew]
            confidence: moderate
            sources: [advisory]
            techniques: [T1190, T1059.001]
            vulnerabilities: [CVE-2023-34362, CVE-2024-0001, CVE-2024-0002]
            software: [shell]
            indicators: [{{string.Join(", ", IndicatorKinds.All.Select(k => "ioc-" + k.Name))}}]
          }

          claim foothold {
            text: "The crew may have kept a foothold."
            actors: [crew]
            confidence: low
            sources: [vendor-note]
            techniques: [T1190]
          }

          statement ceo-says {
            by: ceo
            via: vendor-note
            stance: confirms
            text: "The CEO confirmed the attack."
            regarding: [impact]
          }

          event {
            date: 2025-01-02
            text: "First activity."
            sources: [advisory]
          }
        }
        """;

    private static string RenderV2()
    {
        var compilation = TestCompiler.Compile(V2Incident());
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return HtmlBriefingEmitter.Emit(compilation.Bound.Incidents[0]);
    }

    /// <summary>The HTML of the section headed by the h2 with <paramref name="headingId"/>.</summary>
    private static string Section(string html, string headingId)
    {
        var start = html.IndexOf($"<section aria-labelledby=\"{headingId}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {headingId}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    /// <summary>The table row with the given id attribute.</summary>
    private static string Row(string html, string id)
    {
        var start = html.IndexOf($"<tr id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row {id}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static void AssertInOrder(string text, params string[] parts)
    {
        var positions = parts.Select(p => text.IndexOf(p, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Attack_table_groups_techniques_by_tactic_in_matrix_order_and_links_each_to_attack_mitre_org()
    {
        var html = RenderV2();
        var attack = Section(html, "attack-h");

        // Initial Access (T1078.004 serves it first of its four tactics, then T1190), Execution, Impact.
        AssertInOrder(attack, ">Initial Access<", "id=\"technique-T1078.004\"", "id=\"technique-T1190\"", ">Execution<", "id=\"technique-T1059.001\"", ">Impact<", "id=\"technique-T1486\"");
        Assert.Single(Regex.Matches(attack, "id=\"technique-T1078.004\""));
        Assert.Contains("href=\"https://attack.mitre.org/techniques/T1078/004/\"", attack, StringComparison.Ordinal);
        Assert.Contains("href=\"https://attack.mitre.org/techniques/T1190/\"", attack, StringComparison.Ordinal);
        Assert.Contains("href=\"https://attack.mitre.org/tactics/TA0001/\"", attack, StringComparison.Ordinal);
        Assert.Contains(">Valid Accounts: Cloud Accounts<", attack, StringComparison.Ordinal);
        Assert.Contains("Other tactics: Persistence, Privilege Escalation", attack, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("MITRE ATT&CK® Enterprise 18.1"), attack, StringComparison.Ordinal);

        // Cited in: the key judgements (ordered by confidence: impact KJ1, entry KJ2, foothold KJ3).
        Assert.Contains("<a href=\"#claim-entry\">KJ2</a>, <a href=\"#claim-foothold\">KJ3</a>", Row(attack, "technique-T1190"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#claim-impact\">KJ1</a>", Row(attack, "technique-T1486"), StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#technique-T1078.004\">T1078.004</a> Valid Accounts: Cloud Accounts</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_are_shown_defanged_and_no_live_value_of_a_linkable_kind_is_anywhere_in_the_page()
    {
        var html = RenderV2();
        var indicators = Section(html, "indicators-h");
        Assert.Contains(IndicatorKinds.All, k => k.IsLinkable);
        foreach (var kind in IndicatorKinds.All)
        {
            var row = Row(indicators, "indicator-ioc-" + kind.Name);
            Assert.Contains($"<code class=\"ioc\">{WebUtility.HtmlEncode(Defanging.Defang(kind, kind.Example))}</code>", row, StringComparison.Ordinal);
            Assert.Contains(WebUtility.HtmlEncode(kind.Label), row, StringComparison.Ordinal);
            Assert.Contains("from <time class=\"nowrap\" datetime=\"2025-01-02\">", row, StringComparison.Ordinal);
            Assert.Contains(">EXAMPLESHELL</a>; <a href=\"#actor-crew\">Example crew</a>", row, StringComparison.Ordinal);

            // Every link in a row is in-page: an indicator is never a link.
            Assert.All(Regex.Matches(row, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value), href => Assert.StartsWith("#", href, StringComparison.Ordinal));
            if (kind.IsLinkable)
            {
                Assert.NotEqual(kind.Example, Defanging.Defang(kind, kind.Example));
                Assert.DoesNotContain(kind.Example, html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(WebUtility.HtmlEncode(kind.Example), html, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void Vulnerability_rows_show_cve_product_versions_cvss_with_its_band_exploited_and_sources()
    {
        var html = RenderV2();
        var section = Section(html, "vulnerabilities-h");
        AssertInOrder(section, "vulnerability-CVE-2023-34362", "vulnerability-CVE-2024-0001", "vulnerability-CVE-2024-0002");

        var first = Row(section, "vulnerability-CVE-2023-34362");
        Assert.Contains("href=\"https://www.cve.org/CVERecord?id=CVE-2023-34362\"", first, StringComparison.Ordinal);
        Assert.Contains(">File transfer SQL injection<", first, StringComparison.Ordinal);
        Assert.Contains("Example Transfer<span class=\"note\">before 15.0.1</span>", first, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cvss\">9.8</span><span class=\"sev sev-4\">Critical</span>", first, StringComparison.Ordinal);
        Assert.Contains("<span class=\"exploited-yes\">Yes</span>", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#source-vendor-note\" title=\"Vendor note\">[2]</a> <a href=\"#source-advisory\" title=\"Joint advisory\">[1]</a>", first, StringComparison.Ordinal);
        Assert.Contains("Cited in <a href=\"#claim-entry\">KJ2</a>", first, StringComparison.Ordinal);

        var second = Row(section, "vulnerability-CVE-2024-0001");
        Assert.Contains("<span class=\"cvss\">5.0</span><span class=\"sev sev-2\">Medium</span>", second, StringComparison.Ordinal);
        Assert.Contains("<span>No</span>", second, StringComparison.Ordinal);

        var third = Row(section, "vulnerability-CVE-2024-0002");
        Assert.Contains(">Unscored flaw<", third, StringComparison.Ordinal);
        Assert.Contains("<span>Unknown</span>", third, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0", "None")]
    [InlineData("0.1", "Low")]
    [InlineData("3.9", "Low")]
    [InlineData("4.0", "Medium")]
    [InlineData("6.9", "Medium")]
    [InlineData("7.0", "High")]
    [InlineData("8.9", "High")]
    [InlineData("9.0", "Critical")]
    [InlineData("10.0", "Critical")]
    public void Cvss_scores_take_the_cvss_v3_severity_bands(string score, string words) =>
        Assert.Equal(words, CvssSeverity.Of(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)).Words);

    [Fact]
    public void Software_parties_actor_groups_and_source_references_are_shown()
    {
        var html = RenderV2();
        var software = Section(html, "software-h");
        Assert.Contains("href=\"https://attack.mitre.org/software/S0002/\"", software, StringComparison.Ordinal);
        Assert.Contains("<p class=\"kind\">Malware · Webshell</p>", software, StringComparison.Ordinal);
        Assert.Contains("<p class=\"kind\">Tool</p>", software, StringComparison.Ordinal);

        Assert.Contains("ATT&amp;CK group <a href=\"https://attack.mitre.org/groups/G0092/\" rel=\"noopener noreferrer\">G0092</a> (TA505)", Section(html, "actors-h"), StringComparison.Ordinal);
        Assert.Contains("<b>Pat Example</b><span class=\"when\">, Chief Executive Officer, Example Health</span>", Section(html, "statements-h"), StringComparison.Ordinal);
        Assert.Contains("Statement <a href=\"#statement-ceo-says\">S1</a>", Section(html, "parties-h"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"src-ref\">AA99-001A</span>", Section(html, "sources-h"), StringComparison.Ordinal);
        Assert.Contains("<dt>Techniques</dt><dd><span class=\"big\">4</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Indicators</dt><dd><span class=\"big\">{IndicatorKinds.All.Length}</span>", html, StringComparison.Ordinal);
        Assert.Contains("<dl class=\"stats stats-7\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_with_nothing_to_show_are_left_out()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.DiagnosticCases, "INC1001.inc")).Replace("[|reliabilty|]", "reliability", StringComparison.Ordinal);
        var compilation = TestCompiler.Compile(text);
        Assert.Empty(compilation.GetDiagnostics());
        var html = HtmlBriefingEmitter.Emit(compilation.Bound.Incidents[0]);
        foreach (var id in new[] { "parties-h", "vulnerabilities-h", "attack-h", "software-h", "indicators-h" })
        {
            Assert.DoesNotContain(id, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("ATT&amp;CK", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<dt>Techniques</dt>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<dt>Indicators</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dl class=\"stats\">", html, StringComparison.Ordinal);

        var v2 = RenderV2();
        foreach (var id in new[] { "parties-h", "vulnerabilities-h", "attack-h", "software-h", "indicators-h" })
        {
            Assert.Contains($"<section aria-labelledby=\"{id}\">", v2, StringComparison.Ordinal);
        }
    }
}
