using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Analyzers;

public sealed class LiveIndicatorInProseAnalyzerTests : AnalyzerTest
{
    private static string With(string kind, string value, string summary) =>
        Edit("  summary: \"A clean incident.\"", $"  summary: \"{summary}\"",
            Edit("    sources: [src]\n  }", $"    sources: [src]\n    indicators: [c2]\n  }}\n\n  indicator c2 {{\n    kind: {kind}\n    value: \"{value}\"\n    sources: [src]\n  }}"));

    [Fact]
    public void INC2013_live_address_at_the_end_of_a_sentence_and_its_fix()
    {
        var marked = With("ipv4", "198.51.100[.]7", "The implant beaconed to [|198.51.100.7|].");
        var diagnostic = AssertSingle(marked, "INC2013", "The IPv4 address '198.51.100.7' of indicator 'c2' is written live in prose; defang it (198.51.100[.]7)");
        var fixedText = ApplyFix(MarkedSource.Parse(marked).Text, diagnostic);
        Assert.Contains("beaconed to 198.51.100[.]7.", fixedText, StringComparison.Ordinal);
        AssertClean(fixedText);
    }

    [Fact]
    public void INC2013_live_domain_in_a_claim_text_ignoring_case() =>
        AssertSingle(Edit("\"The actor accessed the target.\"", "\"The actor used [|Evil.Example.com|] for control.\"",
            With("domain", "evil.example.com", "A clean incident.")), "INC2013");

    [Fact]
    public void INC2013_a_longer_address_is_not_the_indicator() =>
        AssertClean(With("ipv4", "198.51.100.7", "Traffic went to 198.51.100.70 and 10.198.51.100.7x only."));

    [Fact]
    public void INC2013_defanged_prose_is_clean() =>
        AssertClean(With("url", "hxxps://evil[.]example[.]com/a", "The lure linked to hxxps://evil[.]example[.]com/a."));

    [Fact]
    public void INC2013_not_reported_for_kinds_that_are_not_links() =>
        AssertClean(With("md5", "d41d8cd98f00b204e9800998ecf8427e", "The file hashed to d41d8cd98f00b204e9800998ecf8427e."));
}
