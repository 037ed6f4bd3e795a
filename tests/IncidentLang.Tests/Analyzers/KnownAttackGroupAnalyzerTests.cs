using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Analyzers;

public sealed class KnownAttackGroupAnalyzerTests : AnalyzerTest
{
    [Fact]
    public void INC2014_actor_named_like_an_attack_group_gets_its_id_as_a_fix()
    {
        var marked = Edit("    name: \"Actor\"", "    name: [|\"Salt Typhoon\"|]");
        var diagnostic = AssertSingle(marked, "INC2014", "Salt Typhoon is ATT&CK group G1045");
        Assert.Equal(IncidentLang.Diagnostics.DiagnosticSeverity.Info, diagnostic.Severity);
        var fixedText = ApplyFix(MarkedSource.Parse(marked).Text, diagnostic);
        Assert.Contains("    name: \"Salt Typhoon\"\n    attack-id: G1045\n", fixedText, StringComparison.Ordinal);
        AssertClean(fixedText);
    }

    [Fact]
    public void INC2014_an_alias_matches_ignoring_case() =>
        AssertSingle(Edit("    name: \"Actor\"", "    name: [|\"Bronze Actor\"|]\n    aliases: [\"vanguard panda\"]"), "INC2014", "vanguard panda is ATT&CK group G1017 (Volt Typhoon)");

    [Fact]
    public void INC2014_several_matching_groups_are_listed_without_a_fix() =>
        Assert.Null(AssertSingle(Edit("    name: \"Actor\"", "    name: [|\"Thrip\"|]"), "INC2014", "Thrip matches several ATT&CK groups: G0030 (Lotus Blossom) and G0076 (Thrip)").Fix);

    [Fact]
    public void INC2014_not_reported_when_the_actor_has_an_attack_id() =>
        AssertClean(Edit("    name: \"Actor\"", "    name: \"Salt Typhoon\"\n    attack-id: G1045"));

    [Fact]
    public void INC2014_not_reported_for_names_attack_does_not_know() => AssertClean(Clean);
}
