namespace IncidentLang.Tests.Analyzers;

public sealed class ChangeWithoutRevisionAnalyzerTests : AnalyzerTest
{
    private const string SecondClaim = "\n\n  claim c2 {\n    text: \"The actor accessed the target again.\"\n    actors: [act]\n    confidence: moderate\n    sources: [src]\n  }";

    [Fact]
    public void INC2016_withdrawn_claim_without_revision() =>
        AssertSingle(Edit("    sources: [src]\n  }", "    sources: [src]\n    withdrawn: [|true|]\n  }"), "INC2016", "Claim 'c1' is withdrawn but no revision of the incident says why");

    [Fact]
    public void INC2016_superseded_claim_without_revision() =>
        AssertSingle(Edit("    sources: [src]\n  }", "    sources: [src]\n    superseded-by: [|c2|]\n  }" + SecondClaim), "INC2016", "Claim 'c1' is superseded by 'c2' but no revision of the incident says why");

    [Fact]
    public void INC2016_not_reported_when_a_revision_names_the_claim() =>
        AssertClean(Edit("    sources: [src]\n  }", "    sources: [src]\n    superseded-by: c2\n  }" + SecondClaim
            + "\n\n  revision {\n    date: 2025-01-09\n    text: \"c2 replaces c1.\"\n    claims: [c1, c2]\n  }"));

    [Fact]
    public void INC2016_not_reported_for_withdrawn_false() =>
        AssertClean(Edit("    sources: [src]\n  }", "    sources: [src]\n    withdrawn: false\n  }"));
}
