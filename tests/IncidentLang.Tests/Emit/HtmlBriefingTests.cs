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

        // Cited in: the key judgements, in the author's order (impact KJ1, entry KJ2, foothold KJ3).
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

    [Theory]
    [InlineData("rat", "RAT")] // an acronym is spelled as one, not "Rat"
    [InlineData("webshell", "Webshell")]
    [InlineData("infostealer", "Infostealer")]
    public void A_malware_kind_reads_as_a_reader_writes_it(string kind, string label) =>
        Assert.Equal(label, Vocabularies.MalwareKinds.Single(k => k.Name == kind).Label);

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
        Assert.Contains("<dl class=\"stats\">", html, StringComparison.Ordinal);
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

    /// <summary>
    /// An incident that tells a story the v2 way: key judgements marked out of author order of
    /// confidence, other findings of each kind, a withdrawn and a superseded claim with the
    /// revisions that changed them, quantities, recommendations of each priority, statements of
    /// each stance, spans on the timeline, prose with paragraphs, activity, outlook and gaps.
    /// </summary>
    private const string Story = """
        incident story {
          title: "A story told in order"
          reported: 2025-02-01
          status: confirmed
          activity: ongoing
          summary: "The bottom line."
          outlook: "More will follow.\n\nPerhaps much more."
          gaps: ["Who sent the first email.", "Where the data went."]

          source filing { name: "Filing" kind: victim reliability: B published: 2024-02-22 }
          source hearing { name: "Hearing" kind: government reliability: A published: 2024-05-01 }

          party corp { name: "Example Corp" }
          party ceo { name: "Jo Chief" kind: person role: "Chief Executive Officer, Example Corp" affiliation: corp }

          target corp-unit { name: "Example Unit" kind: organization }

          claim low-first {
            key: true
            text: "First key judgement, held with low confidence.\n\nIts second paragraph."
            confidence: low
            likelihood: likely
            sources: [filing]
          }

          claim high-second {
            key: true
            text: "Second key judgement, held with high confidence."
            confidence: high
            sources: [filing, hearing]
          }

          claim count-new {
            key: true
            text: "About 190 million people were affected."
            confidence: moderate
            count: 190_000_000
            unit: "individuals"
            sources: [hearing]
          }

          claim side-judgement {
            text: "A judgement that is not key."
            confidence: moderate
            sources: [filing]
          }

          claim assumed {
            kind: assumption
            text: "The filing was made in good faith."
          }

          claim ransom {
            kind: fact
            text: "A ransom was paid."
            amount: 22_000_000
            currency: USD
            sources: [hearing]
          }

          claim blamed-state {
            text: "A nation state was behind it."
            confidence: low
            withdrawn: true
            sources: [filing]
          }

          claim count-old {
            text: "About 100 million people were affected."
            confidence: moderate
            count: 100_000_000
            unit: "individuals"
            superseded-by: count-new
            sources: [filing]
          }

          statement first-word {
            by: corp
            via: filing
            stance: neutral
            text: "A nation state did it."
            regarding: [blamed-state]
          }

          statement take-back {
            by: corp
            via: filing
            stance: retracts
            text: "The company withdrew its attribution."
            regarding: [blamed-state]
          }

          statement fix-count {
            by: corp
            via: filing
            stance: corrects
            text: "The company revised the count."
            regarding: [count-old]
          }

          statement doubt {
            by: ceo
            via: hearing
            stance: disputes
            text: "The CEO disputed the second judgement."
            regarding: [high-second]
          }

          statement confirm {
            by: ceo
            via: hearing
            stance: confirms
            quote: "We paid.\n\nWe regret it."
            regarding: [ransom]
            date: 2024-05-01
          }

          event {
            date: 2024-02-21
            end: 2024-03-04
            text: "The outage."
            sources: [filing]
          }

          event {
            date: 2024-10
            text: "A count is reported."
          }

          event {
            date: 2024-05-01
            text: "The hearing."
          }

          recommendation {
            priority: routine
            text: "Routine hardening."
          }

          recommendation {
            text: "Do this soon, first."
          }

          recommendation {
            priority: immediate
            text: "Do this today.\n\nAnd then this."
            techniques: [T1133]
            sources: [hearing]
          }

          recommendation {
            priority: soon
            text: "Do this soon, second."
          }

          revision {
            date: 2024-05-01
            text: "Withdrew the nation-state attribution."
            claims: [blamed-state]
          }

          revision {
            date: 2025-01
            text: "Revised the count."
            claims: [count-new, count-old]
          }
        }
        """;

    private static string RenderStory()
    {
        var compilation = TestCompiler.Compile(Story);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return HtmlBriefingEmitter.Emit(compilation.Bound.Incidents[0]);
    }

    /// <summary>The list item with the given id attribute, up to its own closing tag (nested lists included).</summary>
    private static string Item(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no item {id}");
        var depth = 1;
        foreach (Match tag in Regex.Matches(html[start..], "<li[ >]|</li>"))
        {
            depth += tag.Value == "</li>" ? -1 : 1;
            if (depth == 0)
            {
                return html.Substring(start, tag.Index);
            }
        }

        return html[start..];
    }

    [Fact]
    public void Key_judgements_keep_the_authors_order_with_confidence_and_likelihood()
    {
        var kj = Section(RenderStory(), "kj-h");
        AssertInOrder(kj, "id=\"claim-low-first\"", "id=\"claim-high-second\"", "id=\"claim-count-new\"");
        Assert.Contains("<span class=\"kj-num\">KJ1</span>", Item(kj, "claim-low-first"), StringComparison.Ordinal);
        Assert.Contains("Low confidence", Item(kj, "claim-low-first"), StringComparison.Ordinal);
        Assert.Contains("Likely <span class=\"sub\">55–80%</span>", Item(kj, "claim-low-first"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"kj-num\">KJ2</span>", Item(kj, "claim-high-second"), StringComparison.Ordinal);

        // Only the claims marked key; the rest are other findings or withdrawn.
        foreach (var other in new[] { "side-judgement", "assumed", "ransom", "blamed-state", "count-old" })
        {
            Assert.DoesNotContain($"id=\"claim-{other}\"", kj, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Other_findings_are_grouped_by_kind_under_its_plural()
    {
        var findings = Section(RenderStory(), "findings-h");
        AssertInOrder(findings, ">Other judgements <span class=\"count\">(1)</span></h3>", "id=\"claim-side-judgement\"", ">Facts <span class=\"count\">(1)</span></h3>", "id=\"claim-ransom\"", ">Assumptions <span class=\"count\">(1)</span></h3>", "id=\"claim-assumed\"");
        Assert.Contains("<span class=\"kj-num\">J1</span>", Item(findings, "claim-side-judgement"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"kj-num\">F1</span>", Item(findings, "claim-ransom"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"chip kind-chip\">Fact</span>", Item(findings, "claim-ransom"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"kj-num\">A1</span>", Item(findings, "claim-assumed"), StringComparison.Ordinal);

        // A fact or assumption without a confidence does not say "Confidence not stated".
        Assert.DoesNotContain("Confidence not stated", Item(findings, "claim-assumed"), StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawn_and_superseded_claims_are_struck_labelled_and_linked_to_their_replacement_and_revisions()
    {
        var html = RenderStory();
        var withdrawn = Section(html, "withdrawn-h");
        var blamed = Item(withdrawn, "claim-blamed-state");
        Assert.Contains("<span class=\"kj-num\">W1</span>", blamed, StringComparison.Ordinal);
        Assert.Contains("<span class=\"chip gone-chip\">Withdrawn</span>", blamed, StringComparison.Ordinal);
        Assert.Contains("<p class=\"kj-text\"><s>A nation state was behind it.</s></p>", blamed, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#revision-1\">Revision 1</a>, <time class=\"nowrap\" datetime=\"2024-05-01\">1 May 2024</time>", blamed, StringComparison.Ordinal);

        var old = Item(withdrawn, "claim-count-old");
        Assert.Contains("<span class=\"kj-num\">W2</span>", old, StringComparison.Ordinal);
        Assert.Contains("<span class=\"chip gone-chip\">Superseded by <a href=\"#claim-count-new\">KJ3</a></span>", old, StringComparison.Ordinal);
        Assert.Contains("<dt>Superseded by</dt><dd><a href=\"#claim-count-new\">KJ3</a> About 190 million people were affected.</dd>", old, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#revision-2\">Revision 2</a>", old, StringComparison.Ordinal);

        // The replacement names what it supersedes; the revision history links both.
        Assert.Contains("<dt>Supersedes</dt><dd><a href=\"#claim-count-old\">W2</a> About 100 million people were affected.</dd>", Item(html, "claim-count-new"), StringComparison.Ordinal);
        var revisions = Section(html, "revisions-h");
        AssertInOrder(revisions, "id=\"revision-1\"", "Withdrew the nation-state attribution.", "id=\"revision-2\"", "<time datetime=\"2025-01\">January 2025</time>");
        Assert.Contains("<a href=\"#claim-count-new\">KJ3</a>, <a href=\"#claim-count-old\">W2</a> <span class=\"gone-note\">(now withdrawn)</span>", revisions, StringComparison.Ordinal);

        // Withdrawn claims are not counted or listed as key judgements.
        Assert.Contains("<dt>Key judgements</dt><dd><span class=\"big\">3</span>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Withdrawn</dt><dd><span class=\"big\">2</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Quantities_read_in_words_and_digits()
    {
        var html = RenderStory();
        Assert.Contains("<dt>Number</dt><dd><b>190 million individuals</b> <span class=\"digits\">(190,000,000)</span></dd>", Item(html, "claim-count-new"), StringComparison.Ordinal);
        Assert.Contains("<dt>Amount</dt><dd><b>US$22 million</b> <span class=\"digits\">(22,000,000 USD)</span></dd>", Item(html, "claim-ransom"), StringComparison.Ordinal);
    }

    [Fact]
    public void Actions_come_after_the_bottom_line_immediate_first_then_in_the_authors_order()
    {
        var html = RenderStory();
        AssertInOrder(html, "<section aria-labelledby=\"bluf-h\">", "<section aria-labelledby=\"actions-h\">", "<section aria-labelledby=\"kj-h\">");
        var actions = Section(html, "actions-h");
        AssertInOrder(actions, ">Immediate <span class=\"prio-note\">", "<p>Do this today.</p>", "<p>And then this.</p>", ">Soon <span class=\"prio-note\">", "Do this soon, first.", "Do this soon, second.", ">Routine <span class=\"prio-note\">", "Routine hardening.");
        var first = Item(actions, "action-1");
        Assert.Contains("<a class=\"tid\" href=\"https://attack.mitre.org/techniques/T1133/\" rel=\"noopener noreferrer\">T1133</a> External Remote Services", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#source-hearing\">[2] Hearing</a>", first, StringComparison.Ordinal);
        Assert.Contains("<dt>Actions</dt><dd><span class=\"big\">4</span><span class=\"small\">1 immediate · 2 soon · 1 routine</span>", html, StringComparison.Ordinal);
        Assert.Contains("4 actions to take</a>, 1 immediate", Section(html, "bluf-h"), StringComparison.Ordinal);

        // Sources list the actions that cite them.
        Assert.Contains("<a href=\"#action-1\">R1</a>", Row(html, "source-hearing"), StringComparison.Ordinal);
    }

    [Fact]
    public void Retractions_corrections_and_disputes_read_as_such_and_only_denials_count_as_denials()
    {
        var html = RenderStory();
        var blamed = Item(html, "claim-blamed-state");
        Assert.Contains("<dt>Retracted by</dt><dd>Example Corp (<a href=\"#statement-take-back\">S", blamed, StringComparison.Ordinal);
        Assert.Contains("<dt>Comment by</dt><dd>Example Corp (<a href=\"#statement-first-word\">S", blamed, StringComparison.Ordinal);
        Assert.DoesNotContain("Denied by", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Corrected by</dt>", Item(html, "claim-count-old"), StringComparison.Ordinal);
        Assert.Contains("<dt>Disputed by</dt>", Item(html, "claim-high-second"), StringComparison.Ordinal);
        Assert.Contains("<dt>Confirmed by</dt>", Item(html, "claim-ransom"), StringComparison.Ordinal);

        Assert.Contains("<dt>Denials</dt><dd><span class=\"big\">0</span>", html, StringComparison.Ordinal);
        var statements = Section(html, "statements-h");
        Assert.Contains("<h2 id=\"statements-h\">Statements</h2>", statements, StringComparison.Ordinal);
        Assert.Contains("<span class=\"stance retracts\">Retracts</span>", statements, StringComparison.Ordinal);
        Assert.Contains("<span class=\"stance corrects\">Corrects</span>", statements, StringComparison.Ordinal);
        Assert.Contains("<span class=\"stance disputes\">Disputes</span>", statements, StringComparison.Ordinal);

        // A quote of two paragraphs is one blockquote of two.
        Assert.Contains("<blockquote>\n<p>“We paid.</p>\n<p>We regret it.”</p>\n</blockquote>", statements, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_with_an_end_and_dates_known_to_the_month_are_drawn_as_spans()
    {
        var timeline = Section(RenderStory(), "timeline-h");
        var wide = timeline[timeline.IndexOf("<svg class=\"tl-wide\"", StringComparison.Ordinal)..timeline.IndexOf("</svg>", StringComparison.Ordinal)];

        // The outage is a solid bar; October 2024 a pale one over the month; the hearing a dot on the axis.
        Assert.Single(Regex.Matches(wide, "<rect class=\"tl-bar\" "));
        Assert.Single(Regex.Matches(wide, "<rect class=\"tl-bar approx\" "));
        Assert.Single(Regex.Matches(wide, "<circle class=\"tl-point\" "));
        Assert.Equal(2, Regex.Matches(timeline, "<rect class=\"tl-bar approx\" ").Count);
        var october = Regex.Match(wide, "<rect class=\"tl-bar approx\" x=\"([0-9.]+)\" y=\"[0-9.]+\" width=\"([0-9.]+)\"");
        Assert.True(double.Parse(october.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 20, "a month spans more than a dot");

        var outage = Item(timeline, "event-1");
        Assert.Contains("<time datetime=\"2024-02-21\">21 February</time> – <time datetime=\"2024-03-04\">4 March 2024</time>", outage, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2024-10\">October 2024</time>", Item(timeline, "event-3"), StringComparison.Ordinal);
        Assert.Contains("A solid bar under the axis is an event that lasted from its start to its end.", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_shows_activity_and_the_page_has_outlook_gaps_and_paragraphs()
    {
        var html = RenderStory();
        Assert.Contains("<li>Status <span class=\"pill status-confirmed\">Confirmed</span>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Activity <span class=\"pill activity-ongoing\" title=\"The activity is still going on.\">Ongoing</span></li>", html, StringComparison.Ordinal);
        Assert.Contains("<p>More will follow.</p>\n<p>Perhaps much more.</p>", Section(html, "outlook-h"), StringComparison.Ordinal);
        AssertInOrder(Section(html, "gaps-h"), "<li><p>Who sent the first email.</p></li>", "<li><p>Where the data went.</p></li>");
        Assert.Contains("<p class=\"kj-text\">First key judgement, held with low confidence.</p>\n<p class=\"kj-text\">Its second paragraph.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_v2_story_sections_are_left_out_when_empty()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.DiagnosticCases, "INC1001.inc")).Replace("[|reliabilty|]", "reliability", StringComparison.Ordinal);
        var compilation = TestCompiler.Compile(text);
        Assert.Empty(compilation.GetDiagnostics());
        var html = HtmlBriefingEmitter.Emit(compilation.Bound.Incidents[0]);
        var ids = new[] { "actions-h", "findings-h", "withdrawn-h", "outlook-h", "gaps-h", "revisions-h" };
        foreach (var id in ids)
        {
            Assert.DoesNotContain(id, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<li>Activity", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<dt>Actions</dt>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<dt>Withdrawn</dt>", html, StringComparison.Ordinal);

        var story = RenderStory();
        foreach (var id in ids)
        {
            Assert.Contains($"<section aria-labelledby=\"{id}\">", story, StringComparison.Ordinal);
        }
    }
}
