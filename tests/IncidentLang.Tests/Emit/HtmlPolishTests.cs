using System.Globalization;
using System.Text.RegularExpressions;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Emit.Html;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Emit;

/// <summary>
/// The rough edges of issue 10, each checked on the rendered HTML: two-digit source numbers, each
/// denying party named once, "Used in" for sources cited only by statements, actions,
/// vulnerabilities or indicators, the timeline's ticks and marker layout (no overlap, no crossing
/// leader lines, numbers that fit their rings at phone width), and the index (newest first, with a
/// summary line and counts). tests/output-checks/timeline-check.js measures the same timeline in
/// Chromium.
/// </summary>
public sealed partial class HtmlPolishTests
{
    private static string Crowded()
    {
        var sources = string.Concat(Enumerable.Range(1, 11).Select(n => $$"""
              source s{{n}} {
                name: "Source {{n}}"
                kind: press
                reliability: B
              }

            """));
        var events = string.Concat(Enumerable.Range(1, 12).Select(n => $$"""
              event {
                date: 2024-03-{{n + 1:D2}}
                text: "Event {{n}}."
                sources: [s1]
              }

            """));
        var indicator = IndicatorKinds.All[0];
        return $$"""
            incident crowded {
              title: "A crowded incident"
              reported: 2024-04-02
              status: developing
              activity: ongoing
              summary: "Hackers breached several U.S. telecommunications companies, e.g. carriers. Later text follows."

            {{sources}}
              actor prc {
                name: "Government of the People's Republic of China"
                kind: state
              }

              target carrier {
                name: "T-Mobile US"
                kind: organization
              }

              vulnerability CVE-2024-1111 {
                product: "Gateway"
                sources: [s9]
              }

              indicator ioc-one {
                kind: {{indicator.Name}}
                value: "{{indicator.Example}}"
                sources: [s8]
              }

              claim breach {
                text: "The actors breached the carriers."
                actors: [prc]
                targets: [carrier]
                confidence: high
                sources: [s1, s2, s3, s4, s5, s6]
                vulnerabilities: [CVE-2024-1111]
                indicators: [ioc-one]
              }

              recommendation {
                priority: immediate
                text: "Patch the gateway."
                sources: [s7]
              }

              statement deny-1 {
                by: prc
                stance: denies
                date: 2024-03-05
                text: "Beijing denied it."
                regarding: [breach]
                via: s10
              }

              statement deny-2 {
                by: prc
                stance: denies
                date: 2024-03-09
                text: "Beijing denied it again."
                regarding: [breach]
              }

              statement deny-3 {
                by: carrier
                stance: denies
                text: "The carrier said its systems were not affected."
                regarding: [breach]
              }

              statement own-words {
                by: s11
                stance: confirms
                text: "The paper stood by its story."
                regarding: [breach]
              }

            {{events}}
            }
            """;
    }

    private static string Render(string text)
    {
        var compilation = TestCompiler.Compile(text);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return HtmlBriefingEmitter.Emit(compilation.Bound.Incidents[0]);
    }

    private static string Row(string html, string id)
    {
        var start = html.IndexOf($"<tr id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row {id}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"no {start}");
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Two_digit_source_numbers_stay_on_one_line()
    {
        var html = Render(Crowded());
        Assert.Contains("<td class=\"num\">10</td>", Row(html, "source-s10"), StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">11</td>", Row(html, "source-s11"), StringComparison.Ordinal);

        // The cell may not break inside a number (td's overflow-wrap: anywhere did), and is wide enough for two digits.
        var rule = Regex.Match(html, @"td\.num \{([^}]*)\}").Groups[1].Value;
        Assert.Contains("white-space: nowrap", rule, StringComparison.Ordinal);
        Assert.Contains("overflow-wrap: normal", rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_denying_party_is_named_once_with_its_statements()
    {
        var html = Render(Crowded());
        const string China = "Government of the People&#39;s Republic of China";

        var box = Between(html, "<dt>Denials</dt>", "</dd>");
        Assert.Contains("<span class=\"big\">3</span>", box, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(box, Regex.Escape(China)));
        Assert.Contains($"by {China} (<a href=\"#statement-deny-1\">S1</a>, <a href=\"#statement-deny-2\">S2</a>); T-Mobile US (<a href=\"#statement-deny-3\">S3</a>)", box, StringComparison.Ordinal);

        var deniedBy = Between(html, "<dt>Denied by</dt>", "</dd>");
        Assert.Single(Regex.Matches(deniedBy, Regex.Escape(China)));
        Assert.Contains($"{China} (<a href=\"#statement-deny-1\">S1</a>, <time class=\"nowrap\" datetime=\"2024-03-05\">5 March 2024</time>; <a href=\"#statement-deny-2\">S2</a>, <time class=\"nowrap\" datetime=\"2024-03-09\">9 March 2024</time>)", deniedBy, StringComparison.Ordinal);
        Assert.Contains("T-Mobile US (<a href=\"#statement-deny-3\">S3</a>)", deniedBy, StringComparison.Ordinal);

        // The statements carry the same numbers.
        Assert.Contains("<li class=\"stmt denies\" id=\"statement-deny-2\">\n<p class=\"stmt-head\"><span class=\"stmt-num\">S2</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"stmt-num\">S4</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Used_in_lists_every_use_of_a_source_and_never_a_dash()
    {
        var html = Render(Crowded());
        static string UsedIn(string row) => row[row.LastIndexOf("<td class=\"wide-only\">", StringComparison.Ordinal)..];

        Assert.Contains("<a href=\"#action-1\">R1</a>", UsedIn(Row(html, "source-s7")), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#indicator-ioc-one\">I1</a>", UsedIn(Row(html, "source-s8")), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#vulnerability-CVE-2024-1111\">CVE-2024-1111</a>", UsedIn(Row(html, "source-s9")), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#statement-deny-1\">S1</a>", UsedIn(Row(html, "source-s10")), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#statement-own-words\">S4</a>", UsedIn(Row(html, "source-s11")), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#claim-breach\">KJ1</a>, <a href=\"#event-1\">E1</a>", UsedIn(Row(html, "source-s1")), StringComparison.Ordinal);
        Assert.Contains("used in S4</span>", Row(html, "source-s11"), StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"wide-only\">—</td>", Between(html, "<section aria-labelledby=\"sources-h\">", "</section>"), StringComparison.Ordinal);

        // The I1 the sources table names is shown in the indicators table.
        Assert.Contains("<span class=\"ioc-num\">I1</span>", Row(html, "indicator-ioc-one"), StringComparison.Ordinal);
    }

    private sealed record Mark(int Number, double X, double Y, double Radius, double Font, (double X, double Y)[] Leader);

    /// <summary>The markers of one drawing (wide or narrow) as the SVG places them.</summary>
    private static List<Mark> Marks(string html, string view)
    {
        var svg = Between(html, $"<svg class=\"tl-{view}\"", "</svg>");
        var leaders = Regex.Matches(svg, "<polyline class=\"tl-leader\" points=\"([^\"]+)\"/>")
            .Select(m => m.Groups[1].Value.Split(' ').Select(p => p.Split(',')).Select(p => (Number(p[0]), Number(p[1]))).ToArray()).ToList();
        var marks = Regex.Matches(svg, "<circle class=\"tl-dot[^\"]*\" cx=\"([0-9.]+)\" cy=\"([0-9.]+)\" r=\"([0-9.]+)\"/>\n<text class=\"tl-num[^\"]*\" x=\"[0-9.]+\" y=\"[0-9.]+\" font-size=\"([0-9.]+)\">([0-9]+)</text>")
            .Select((m, i) => new Mark(int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture), Number(m.Groups[1].Value), Number(m.Groups[2].Value), Number(m.Groups[3].Value), Number(m.Groups[4].Value), leaders[i]))
            .ToList();
        Assert.Equal(leaders.Count, marks.Count);
        return marks;
    }

    private static List<(double X, string Label)> Ticks(string html, string view) =>
        Regex.Matches(Between(html, $"<svg class=\"tl-{view}\"", "</svg>"), "<text class=\"tl-label\" x=\"([0-9.]+)\" y=\"[0-9.]+\" font-size=\"[0-9.]+\">([^<]+)</text>")
            .Select(m => (Number(m.Groups[1].Value), m.Groups[2].Value)).ToList();

    [Theory]
    [InlineData("wide", 720)]
    [InlineData("narrow", 360)]
    public void Close_events_stand_in_one_row_without_overlap_and_their_leader_lines_do_not_cross(string view, double width)
    {
        var html = Render(Crowded());
        var marks = Marks(html, view);
        Assert.Equal(12, marks.Count);
        Assert.Equal(Enumerable.Range(1, 12), marks.Select(m => m.Number));
        Assert.Single(marks.Select(m => m.Y).Distinct());

        foreach (var (a, b) in marks.Zip(marks.Skip(1)))
        {
            Assert.True(b.X - a.X >= (2 * a.Radius) + 2, $"markers {a.Number} and {b.Number} are {b.X - a.X} apart");

            // Leaders go from the row down to the axis through the same heights, in the same order
            // at every height: no two cross.
            Assert.Equal(a.Leader.Select(p => p.Y), b.Leader.Select(p => p.Y));
            Assert.All(a.Leader.Zip(b.Leader), pair => Assert.True(pair.First.X <= pair.Second.X));
        }

        Assert.All(marks, m => Assert.InRange(m.X, m.Radius, width - m.Radius));

        // Two digits fit a ring: at 0.62 em a digit (generous for a bold system font) with room to spare.
        Assert.All(marks, m => Assert.True(2 * 0.62 * m.Font < 2 * m.Radius * 0.8, $"marker {m.Number}: font {m.Font} in radius {m.Radius}"));
    }

    [Fact]
    public void The_phone_drawing_is_drawn_near_one_to_one_with_larger_rings_and_css_shows_one_drawing()
    {
        var html = Render(Crowded());
        Assert.Contains("<svg class=\"tl-wide\" viewBox=\"0 0 720 ", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"tl-narrow\" viewBox=\"0 0 360 ", html, StringComparison.Ordinal);
        Assert.Equal(11, Marks(html, "narrow")[0].Radius);
        Assert.Contains("figure.timeline svg.tl-narrow { display: none; }", html, StringComparison.Ordinal);
        Assert.Contains("  figure.timeline svg.tl-wide { display: none; }\n  figure.timeline svg.tl-narrow { display: block; }", html, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"timeline-title-wide\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"timeline-title-narrow\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wide")]
    [InlineData("narrow")]
    public void Ticks_mark_days_when_the_events_span_days(string view)
    {
        var ticks = Ticks(Render(Crowded()), view);
        Assert.True(ticks.Count >= 2, string.Join(", ", ticks));
        Assert.Equal("2 Mar 2024", ticks[0].Label);
        AssertLabelsApart(ticks, view == "wide" ? 720 : 360);
    }

    private static void AssertLabelsApart(List<(double X, string Label)> ticks, double width)
    {
        foreach (var (a, b) in ticks.Zip(ticks.Skip(1)))
        {
            var gap = b.X - (TimelineLayout.TextWidth(b.Label, 11) / 2) - (a.X + (TimelineLayout.TextWidth(a.Label, 11) / 2));
            Assert.True(gap >= 12, $"\"{a.Label}\" and \"{b.Label}\" are {gap} apart");
        }

        Assert.All(ticks, t => Assert.InRange(t.X - (TimelineLayout.TextWidth(t.Label, 11) / 2), 0, width));
        Assert.All(ticks, t => Assert.InRange(t.X + (TimelineLayout.TextWidth(t.Label, 11) / 2), 0, width));
    }

    private static string Spanning(string first, string last) => $$"""
        incident spanning {
          title: "Spanning"
          reported: 2025-01-01
          summary: "x"
          source s { name: "S" kind: press reliability: B }
          event { date: {{first}} text: "Start." }
          event { date: {{last}} text: "End." }
        }
        """;

    [Theory]
    [InlineData("2024-02-21", "2025-01-15", "wide", new[] { "Mar 2024", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan 2025" })]
    [InlineData("2024-02-21", "2025-01-15", "narrow", new[] { "Mar 2024", "May", "Jul", "Sep", "Nov", "Jan 2025" })]
    [InlineData("2024-10-01", "2024-12-01", "wide", new[] { "Oct 2024", "Nov", "Dec" })]
    [InlineData("2021-05-07", "2021-06-08", "wide", new[] { "7 May 2021", "14 May", "21 May", "28 May", "4 Jun" })]
    [InlineData("2016-05-01", "2024-11-01", "wide", new[] { "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024" })]
    [InlineData("2016-05-01", "2024-11-01", "narrow", new[] { "2018", "2020", "2022", "2024" })]
    public void Ticks_are_months_or_years_chosen_by_the_length_of_the_span(string first, string last, string view, string[] labels)
    {
        var ticks = Ticks(Render(Spanning(first, last)), view);
        Assert.Equal(labels, ticks.Select(t => t.Label));
        AssertLabelsApart(ticks, view == "wide" ? 720 : 360);
    }

    [Fact]
    public void Spread_keeps_order_and_pitch_and_stays_near_the_anchors()
    {
        Assert.Equal([10, 50, 100], TimelineLayout.Spread([10, 50, 100], 20, 0, 200));
        Assert.Equal([40, 60, 80], TimelineLayout.Spread([60, 60, 60], 20, 0, 200));
        Assert.Equal([5, 25, 45], TimelineLayout.Spread([0, 0, 0], 20, 5, 200));
        Assert.Equal([160, 180, 200], TimelineLayout.Spread([210, 210, 210], 20, 0, 200));
    }

    private static string Dated(string name, string reported, string summary, string extra = "") => $$"""
        incident {{name}} {
          title: "Incident {{name}}"
          reported: {{reported}}
          status: confirmed
          activity: contained
          tlp: green
          summary: "{{summary}}"
          source s { name: "S" kind: press reliability: B }
        {{extra}}
        }
        """;

    [Fact]
    public void The_index_lists_incidents_newest_first_with_a_summary_line_and_counts()
    {
        var indicator = IndicatorKinds.All[0];
        var compilation = TestCompiler.Compile(
            Dated("aaa-old", "2021-05-07", "Old news. More."),
            Dated("zzz-new", "2024-11-20", "Hackers breached several U.S. telecommunications companies, e.g. carriers. Beijing denies it.", $$"""
                  claim c1 { text: "One." confidence: high sources: [s] }
                  claim c2 { text: "Two." confidence: low sources: [s] }
                  recommendation { priority: soon text: "Patch." }
                  indicator i1 { kind: {{indicator.Name}} value: "{{indicator.Example}}" sources: [s] }
                """),
            Dated("mmm-mid", "2023-06-01", "Middle."));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var html = HtmlBriefingEmitter.EmitIndex(compilation.Bound.Incidents.OrderBy(i => i.Name, StringComparer.Ordinal));

        var order = Regex.Matches(html, "<h2><a href=\"([a-z-]+)\\.html\">").Select(m => m.Groups[1].Value);
        Assert.Equal(["zzz-new", "mmm-mid", "aaa-old"], order);

        var entry = Between(html, "<h2><a href=\"zzz-new.html\">", "</li>");
        Assert.Contains("<span class=\"chip tlp-green\"><span class=\"tlp-label\">TLP:GREEN</span></span>", entry, StringComparison.Ordinal);
        Assert.Contains("<span class=\"pill status-confirmed\"", entry, StringComparison.Ordinal);
        Assert.Contains("<span class=\"pill activity-contained\"", entry, StringComparison.Ordinal);
        Assert.Contains("Reported <time datetime=\"2024-11-20\">20 November 2024</time>", entry, StringComparison.Ordinal);
        Assert.Contains("<p class=\"bluf\">Hackers breached several U.S. telecommunications companies, e.g. carriers.</p>", entry, StringComparison.Ordinal);
        Assert.Contains("<a href=\"zzz-new.html#kj-h\">2 key judgements</a> · <a href=\"zzz-new.html#actions-h\">1 action</a> · <a href=\"zzz-new.html#indicators-h\">1 indicator</a>", entry, StringComparison.Ordinal);
        Assert.Contains("<p class=\"bluf\">Old news.</p>", html, StringComparison.Ordinal);
        Assert.Contains("0 key judgements</a> · no actions · no indicators", Between(html, "<h2><a href=\"mmm-mid.html\">", "</li>"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("One. Two.", "One.")]
    [InlineData("The U.S. said so. Then more.", "The U.S. said so.")]
    [InlineData("Progress Software Corp. said so. Then more.", "Progress Software Corp. said so.")]
    [InlineData("It cost $4.4 million. Then more.", "It cost $4.4 million.")]
    [InlineData("Was it? Yes.", "Was it?")]
    [InlineData("No end here", "No end here")]
    [InlineData("See J. Smith. Then.", "See J. Smith.")]
    public void The_first_sentence_skips_abbreviations_and_initials(string paragraph, string expected) =>
        Assert.Equal(expected, Prose.FirstSentence(paragraph));
}
