using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Analyzers;

public sealed class RevokedAttackIdAnalyzerTests : AnalyzerTest
{
    private static string WithTechniques(string techniques) => Edit("    sources: [src]\n  }", $"    sources: [src]\n    techniques: [{techniques}]\n  }}");

    [Fact]
    public void INC2012_revoked_technique_names_its_replacement_and_the_fix_writes_it()
    {
        var marked = WithTechniques("T1190, [|T1073|]");
        var diagnostic = AssertSingle(marked, "INC2012",
            "ATT&CK technique 'T1073' (DLL Side-Loading) is revoked in ATT&CK Enterprise 18.1; use 'T1574.001' (Hijack Execution Flow: DLL)");
        Assert.Equal("Replace with 'T1574.001'", diagnostic.Fix!.Title);
        var fixedText = ApplyFix(MarkedSource.Parse(marked).Text, diagnostic);
        Assert.Contains("techniques: [T1190, T1574.001]", fixedText, StringComparison.Ordinal);
        AssertClean(fixedText);
    }

    [Fact]
    public void INC2012_deprecated_technique_has_no_fix() =>
        Assert.Null(AssertSingle(WithTechniques("[|T1064|]"), "INC2012",
            "ATT&CK technique 'T1064' (Scripting) is deprecated in ATT&CK Enterprise 18.1 and has no replacement").Fix);

    [Fact]
    public void INC2012_revoked_software_id_on_malware()
    {
        var marked = Edit("    sources: [src]\n  }", "    sources: [src]\n    software: [ngrok]\n  }\n\n  malware ngrok {\n    name: \"Ngrok\"\n    attack-id: [|S9000|]\n  }");
        var diagnostic = AssertSingle(marked, "INC2012");
        Assert.Contains("'S0508'", diagnostic.Message, StringComparison.Ordinal);
        AssertClean(ApplyFix(MarkedSource.Parse(marked).Text, diagnostic));
    }

    [Fact]
    public void INC2012_not_reported_for_current_ids() => AssertClean(WithTechniques("T1190, T1078.004, T1505.003"));
}
