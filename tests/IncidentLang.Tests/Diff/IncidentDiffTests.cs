using System.Text;
using IncidentLang.Diagnostics;
using IncidentLang.Diff;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Diff;

/// <summary><see cref="IncidentDiff.Compare"/> on pairs of in-memory compilations: the whole report, exactly.</summary>
public sealed class IncidentDiffTests
{
    [Fact]
    public void Identical_compilations_have_an_empty_report()
    {
        var report = Compare(DiffSamples.Base, DiffSamples.Base);
        Assert.True(report.IsEmpty);
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Changes_that_the_diff_does_not_look_at_are_not_reported()
    {
        var report = Compare(DiffSamples.Base, Edit(
            ("summary: \"Attackers encrypted", "summary: \"Attackers, on 21 February, encrypted"),
            ("text: \"ALPHV encrypted", "text: \"The ALPHV group encrypted")));
        Assert.True(report.IsEmpty);
    }

    [Fact]
    public void INC2018_confidence_lowered_without_a_revision()
    {
        var after = Edit(("confidence: high", "confidence: moderate"));
        AssertReport(Compare(DiffSamples.Base, after), """
            incident cht "Change Healthcare ransomware attack" Changed
              claim ransomware Changed key: confidence high -> moderate (Lowered)
            cht.inc(40,9): warning INC2018: Claim 'ransomware': confidence lowered from high to moderate, and no revision added in this change names it
            """);
    }

    [Fact]
    public void INC2018_is_not_reported_when_a_new_revision_names_the_claim()
    {
        var after = WithRevision(Edit(("confidence: high", "confidence: moderate")), "ransomware");
        AssertReport(Compare(DiffSamples.Base, after), """
            incident cht "Change Healthcare ransomware attack" Changed
              claim ransomware Changed key: confidence high -> moderate (Lowered)
            """);
    }

    [Fact]
    public void INC2018_a_revision_that_was_already_there_at_base_does_not_explain_the_change()
    {
        var before = WithRevision(DiffSamples.Base, "ransomware");
        var after = WithRevision(Edit(("confidence: high", "confidence: moderate")), "ransomware");
        Assert.Equal(["INC2018"], Compare(before, after).Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void INC2018_a_new_revision_naming_another_claim_does_not_explain_it()
    {
        var after = WithRevision(Edit(("confidence: high", "confidence: moderate")), "nation-state");
        Assert.Equal(["INC2018"], Compare(DiffSamples.Base, after).Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void INC2018_claim_withdrawn()
    {
        var after = Edit(("text: \"A nation state was behind the attack.\"", "text: \"A nation state was behind the attack.\"\n    withdrawn: true"));
        AssertReport(Compare(DiffSamples.Base, after), """
            incident cht "Change Healthcare ransomware attack" Changed
              claim nation-state Changed: standing Standing -> Withdrawn
            cht.inc(53,9): warning INC2018: Claim 'nation-state': withdrawn, and no revision added in this change names it
            """);
    }

    [Fact]
    public void INC2018_claim_withdrawn_with_a_revision()
    {
        var after = WithRevision(Edit(("text: \"A nation state was behind the attack.\"", "text: \"A nation state was behind the attack.\"\n    withdrawn: true")), "nation-state");
        Assert.Empty(Compare(DiffSamples.Base, after).Diagnostics);
    }

    [Fact]
    public void INC2018_claim_superseded_by_a_new_claim()
    {
        var after = Edit(
            ("text: \"A nation state was behind the attack.\"", "text: \"A nation state was behind the attack.\"\n    superseded-by: criminal"),
            ("\n}", "\n  claim criminal {\n    text: \"A criminal group was behind the attack.\"\n    confidence: high\n    sources: [reuters]\n  }\n}"));
        AssertReport(Compare(DiffSamples.Base, after), """
            incident cht "Change Healthcare ransomware attack" Changed
              claim nation-state Changed: standing Standing -> Superseded by criminal
              claim criminal Added: confidence - -> high (Added)
            cht.inc(53,9): warning INC2018: Claim 'nation-state': superseded by 'criminal', and no revision added in this change names it
            """);
    }

    [Fact]
    public void A_claim_superseded_by_another_claim_than_before_is_reported_without_INC2018()
    {
        const string Claims = "\n  claim criminal {\n    text: \"A criminal group was behind it.\"\n    sources: [reuters]\n  }\n\n  claim gang {\n    text: \"ALPHV was behind it.\"\n    sources: [reuters]\n  }\n}";
        var before = Edit(("text: \"A nation state was behind the attack.\"", "text: \"A nation state was behind the attack.\"\n    superseded-by: criminal"), ("\n}", Claims));
        var after = Edit(("text: \"A nation state was behind the attack.\"", "text: \"A nation state was behind the attack.\"\n    superseded-by: gang"), ("\n}", Claims));
        var report = Compare(before, after);
        AssertReport(report, """
            incident cht "Change Healthcare ransomware attack" Changed
              claim nation-state Changed: standing Superseded -> Superseded by gang
            """);
        Assert.Equal("criminal", report.Incidents[0].Claims[0].SupersededByBefore);
    }

    [Fact]
    public void Likelihood_direction_follows_probability_and_key_and_sources_are_reported()
    {
        var after = Edit(
            ("likelihood: likely", "likelihood: roughly-even-chance"),
            ("key: true\n", string.Empty),
            ("sources: [wsj]\n    techniques", "sources: [reuters]\n    techniques"));
        AssertReport(Compare(DiffSamples.Base, after), """
            incident cht "Change Healthcare ransomware attack" Changed
              claim ransomware Changed: likelihood likely -> roughly-even-chance (Lowered); key yes -> no (Lowered); sources +reuters -wsj
            cht.inc(40,9): warning INC2018: Claim 'ransomware': likelihood lowered from likely to roughly-even-chance, and no revision added in this change names it
            """);
    }

    [Fact]
    public void Confidence_given_as_a_score_is_compared_by_score()
    {
        var after = Edit(("confidence: high", "confidence: 90"));
        AssertReport(Compare(DiffSamples.Base, after), """
            incident cht "Change Healthcare ransomware attack" Changed
              claim ransomware Changed key: confidence high -> 90 (high) (Raised)
            cht.inc(40,9): warning INC2018: Claim 'ransomware': confidence raised from high to 90 (high), and no revision added in this change names it
            """);
    }

    [Fact]
    public void Sources_added_to_a_claim_are_not_an_INC2018()
    {
        var after = Edit(("sources: [wsj]\n  }", "sources: [wsj, reuters]\n  }"));
        AssertReport(Compare(DiffSamples.Base, after), """
            incident cht "Change Healthcare ransomware attack" Changed
              claim nation-state Changed: sources +reuters
            """);
    }

    [Fact]
    public void Claims_added_and_removed()
    {
        var after = Edit(
            ("claim nation-state {", "claim ransom {\n    text: \"UnitedHealth paid a ransom.\"\n    likelihood: likely\n    sources: [wsj]\n  }\n\n  claim other {"));
        AssertReport(Compare(DiffSamples.Base, after), """
            incident cht "Change Healthcare ransomware attack" Changed
              claim ransom Added: likelihood - -> likely (Added)
              claim other Added: confidence - -> moderate (Added)
              claim nation-state Removed: confidence moderate -> - (Removed)
            """);
    }

    [Fact]
    public void Indicators_vulnerabilities_techniques_and_tlp()
    {
        var after = Edit(
            ("tlp: clear", "tlp: amber"),
            ("value: \"198.51.100.7\"", "value: \"203.0.113.9\""),
            ("vulnerability CVE-2024-1709 {", "vulnerability CVE-2024-1708 {"),
            ("vulnerabilities: [CVE-2024-1709]", "vulnerabilities: [CVE-2024-1708]"),
            ("techniques: [T1486]", "techniques: [T1486, T1190]"));
        AssertReport(Compare(DiffSamples.Base, after), """
            incident cht "Change Healthcare ransomware attack" Changed
              tlp clear -> amber (Raised)
              indicators +ipv4:203.0.113.9 (c2: ipv4 203.0.113[.]9) -ipv4:198.51.100.7 (c2: ipv4 198.51.100[.]7)
              vulnerabilities +CVE-2024-1708 (CVE-2024-1708: ConnectWise ScreenConnect authentication bypass) -CVE-2024-1709 (CVE-2024-1709: ConnectWise ScreenConnect authentication bypass)
              techniques +T1190 (T1190: Exploit Public-Facing Application)
            """);
    }

    [Fact]
    public void A_renamed_indicator_with_the_same_value_is_no_change()
    {
        var after = Edit(("indicator c2 {", "indicator c2-server {"), ("indicators: [c2]", "indicators: [c2-server]"));
        Assert.True(Compare(DiffSamples.Base, after).IsEmpty);
    }

    [Fact]
    public void Incidents_added_and_removed()
    {
        var other = DiffSamples.Base.Replace("incident cht {", "incident other {", StringComparison.Ordinal)
            .Replace("Change Healthcare ransomware attack", "Another attack", StringComparison.Ordinal);
        AssertReport(Compare(DiffSamples.Base, other), """
            incident cht "Change Healthcare ransomware attack" Removed
            incident other "Another attack" Added
            """);
    }

    [Theory]
    [InlineData(RuleLevel.None, null)]
    [InlineData(RuleLevel.Error, DiagnosticSeverity.Error)]
    [InlineData(RuleLevel.Info, DiagnosticSeverity.Info)]
    public void INC2018_takes_the_level_the_configuration_of_head_gives_it(RuleLevel level, DiagnosticSeverity? expected)
    {
        var before = Compile(DiffSamples.Base);
        var after = Compile(Edit(("confidence: high", "confidence: moderate")), new Dictionary<string, RuleLevel> { ["INC2018"] = level });
        Assert.Equal(expected, IncidentDiff.Compare(before, after).Diagnostics.SingleOrDefault()?.Severity);
    }

    [Fact]
    public void INC2018_is_in_the_catalog_for_explain_and_configuration()
    {
        var descriptor = DiagnosticCatalog.Find("INC2018");
        Assert.NotNull(descriptor);
        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsConfigurable);
    }

    /// <summary>The text with a revision dated 2024-04-22 naming <paramref name="claim"/> added at the end of the incident.</summary>
    private static string WithRevision(string text, string claim)
    {
        var end = text.LastIndexOf('}');
        return text[..end] + $"\n  revision {{\n    date: 2024-04-22\n    text: \"Reassessed {claim}.\"\n    claims: [{claim}]\n  }}\n}}";
    }

    private static string Edit(params (string From, string To)[] edits)
    {
        var text = DiffSamples.Base;
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    private static Compilation Compile(string text, IReadOnlyDictionary<string, RuleLevel>? rules = null)
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(text, "cht.inc")], TestCompiler.Options with { RulesForFile = _ => rules });
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        return compilation;
    }

    private static DiffReport Compare(string before, string after) => IncidentDiff.Compare(Compile(before), Compile(after));

    private static void AssertReport(DiffReport report, string expected) =>
        Assert.Equal(expected.ReplaceLineEndings("\n").TrimEnd(), Dump(report).TrimEnd());

    /// <summary>The whole report, one line per fact, so a test states it exactly.</summary>
    private static string Dump(DiffReport report)
    {
        var s = new StringBuilder();
        foreach (var incident in report.Incidents)
        {
            s.Append($"incident {incident.Name} \"{incident.Title}\" {incident.Kind}\n");
            if (incident.Tlp is { } tlp)
            {
                s.Append($"  tlp {Value(tlp)}\n");
            }

            foreach (var claim in incident.Claims)
            {
                var parts = new List<string>();
                if (claim.Confidence is { } c) parts.Add("confidence " + Value(c));
                if (claim.Likelihood is { } l) parts.Add("likelihood " + Value(l));
                if (claim.Key is { } k) parts.Add("key " + Value(k));
                if (claim.StandingBefore != claim.StandingAfter || claim.Kind == ChangeKind.Changed && claim.SupersededBy is not null)
                {
                    parts.Add($"standing {claim.StandingBefore} -> {claim.StandingAfter}{(claim.SupersededBy is { } by ? " by " + by : string.Empty)}");
                }

                if (!claim.SourcesAdded.IsEmpty || !claim.SourcesRemoved.IsEmpty)
                {
                    parts.Add("sources " + string.Join(" ", claim.SourcesAdded.Select(x => "+" + x).Concat(claim.SourcesRemoved.Select(x => "-" + x))));
                }

                s.Append($"  claim {claim.Name} {claim.Kind}{(claim.IsKey ? " key" : string.Empty)}: {string.Join("; ", parts)}\n");
            }

            Items("indicators", incident.Indicators);
            Items("vulnerabilities", incident.Vulnerabilities);
            Items("techniques", incident.Techniques);
        }

        foreach (var diagnostic in report.Diagnostics)
        {
            s.Append(diagnostic).Append('\n');
        }

        return s.ToString();

        void Items(string what, ItemChanges items)
        {
            if (!items.IsEmpty)
            {
                s.Append($"  {what} {string.Join(" ", items.Added.Select(i => $"+{i.Key} ({i.Label}: {i.Description})").Concat(items.Removed.Select(i => $"-{i.Key} ({i.Label}: {i.Description})")))}\n");
            }
        }

        static string Value(ValueChange v) => $"{v.Before ?? "-"} -> {v.After ?? "-"} ({v.Direction})";
    }
}
