namespace IncidentLang.Tests.Analyzers;

public sealed class UnusedDeclarationAnalyzerTests : AnalyzerTest
{
    [Fact]
    public void INC2003_unreferenced_local_actor() =>
        AssertSingle(Edit("  target tgt {", "  actor [|spare|] {\n    name: \"Spare\"\n  }\n\n  target tgt {"), "INC2003", "Actor 'spare' is declared but never referenced");

    [Fact]
    public void INC2003_by_via_and_regarding_count_as_uses() =>
        AssertClean(Clean.TrimEnd().TrimEnd('}') + "  source press2 {\n    name: \"Press\"\n    kind: press\n  }\n\n  target spokesperson {\n    name: \"Spokesperson\"\n  }\n\n  statement s1 {\n    by: spokesperson\n    via: press2\n    text: \"Denied.\"\n    stance: denies\n    regarding: [c1]\n  }\n}\n");

    [Fact]
    public void INC2003_catalog_declarations_are_exempt() =>
        AssertClean("actor shared {\n  name: \"Shared\"\n}\n\n" + Clean);

    [Fact]
    public void INC2003_not_reported_for_a_duplicate_declaration() =>
        AssertSingle(Edit("  target tgt {", "  actor [|act|] {\n    name: \"Again\"\n  }\n\n  target tgt {"), "INC1004");
}
