using IncidentLang.Diagnostics;
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
    public void INC2014_two_actors_matching_one_group_get_no_fix_and_each_names_the_other()
    {
        var text = TwoActors("    name: \"Salt Typhoon\"", "    name: \"Operators\"\n    aliases: [\"salt typhoon\"]");
        var diagnostics = TestCompiler.Diagnose(text);

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(("INC2014", (DiagnosticFix?)null), (d.Id, d.Fix)));
        Assert.Equal(
            [
                "Salt Typhoon is ATT&CK group G1045; actor 'act2' matches it too, so no attack-id is added to either",
                "salt typhoon is ATT&CK group G1045; actor 'act' matches it too, so no attack-id is added to either",
            ],
            diagnostics.Select(d => d.Message));
        Assert.Equal([text.IndexOf("\"Salt Typhoon\"", StringComparison.Ordinal), text.IndexOf("\"Operators\"", StringComparison.Ordinal)],
            diagnostics.Select(d => d.Location.Span.Start));
    }

    [Fact]
    public void INC2014_no_fix_when_another_actor_has_the_groups_id_already()
    {
        var diagnostic = Assert.Single(TestCompiler.Diagnose(TwoActors("    name: \"Salt Typhoon\"", "    name: \"Operators\"\n    attack-id: G1045")));

        Assert.Equal("INC2014", diagnostic.Id);
        Assert.Equal("Salt Typhoon is ATT&CK group G1045; actor 'act2' has that attack-id already", diagnostic.Message);
        Assert.Null(diagnostic.Fix);
    }

    [Fact]
    public void INC2014_an_actor_matching_another_group_does_not_withhold_the_fix() =>
        Assert.NotNull(Assert.Single(TestCompiler.Diagnose(TwoActors("    name: \"Salt Typhoon\"", "    name: \"Operators\"\n    attack-id: G1017"))).Fix);

    [Fact]
    public void INC2014_not_reported_when_the_actor_has_an_attack_id() =>
        AssertClean(Edit("    name: \"Actor\"", "    name: \"Salt Typhoon\"\n    attack-id: G1045"));

    [Fact]
    public void INC2014_not_reported_for_names_attack_does_not_know() => AssertClean(Clean);

    /// <summary>The clean incident with a second actor, <c>act2</c>, named by the claim too; each actor's name line replaced.</summary>
    private static string TwoActors(string first, string second) =>
        Edit("    actors: [act]", "    actors: [act, act2]",
            Edit("  actor act {\n    name: \"Actor\"", $"  actor act {{\n{first}",
                Edit("  target tgt {", $"  actor act2 {{\n{second}\n    kind: criminal\n  }}\n\n  target tgt {{")));
}
