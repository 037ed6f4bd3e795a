using IncidentLang.Attack;

namespace IncidentLang.Tests.Attack;

/// <summary>
/// <see cref="AttackCatalog.Resolve"/> and the INC1017 / INC2012 / INC2014 message text of
/// <see cref="AttackMessages"/>, against the shipped ATT&amp;CK Enterprise 18.1 data.
/// </summary>
public sealed class AttackResolutionTests
{
    private static AttackResolution Resolve(string written, AttackObjectKind expected) => AttackCatalog.Enterprise.Resolve(written, expected);

    private static string[] Suggested(string written, AttackObjectKind expected) => [.. Resolve(written, expected).Suggestions.Select(s => s.Id)];

    [Theory]
    [InlineData("T1190", AttackObjectKind.Technique)]
    [InlineData("T1078.004", AttackObjectKind.Technique)]
    [InlineData("G1045", AttackObjectKind.Group)]
    [InlineData("S0002", AttackObjectKind.Software)]
    [InlineData("S0002", AttackObjectKind.Tool)]
    [InlineData("S0366", AttackObjectKind.Malware)]
    public void Finds_a_current_ID_of_the_expected_kind(string written, AttackObjectKind expected)
    {
        var resolution = Resolve(written, expected);
        Assert.Equal(AttackResolutionKind.Found, resolution.Kind);
        Assert.Equal(written, resolution.Object?.Id);
        Assert.False(resolution.IsError);
        Assert.False(resolution.IsRevokedOrDeprecated);
        Assert.Null(resolution.Replacement);
        Assert.Empty(resolution.Suggestions);
        Assert.Equal("18.1", resolution.AttackVersion);
    }

    [Fact]
    public void Unknown_technique_ID_suggests_the_nearest_current_ID()
    {
        // T1909 is one substitution from T1609 and two edits from T1190; the revoked T1009, T1099,
        // T1109 and T1209 (also one edit away) are never suggested.
        var resolution = Resolve("T1909", AttackObjectKind.Technique);
        Assert.Equal(AttackResolutionKind.Unknown, resolution.Kind);
        Assert.True(resolution.IsError);
        Assert.Equal(["T1609"], resolution.Suggestions.Select(s => s.Id));
        Assert.Equal(
            "Unknown ATT&CK technique 'T1909' (not in ATT&CK Enterprise 18.1). Did you mean 'T1609' (Container Administration Command)?",
            AttackMessages.Invalid(resolution));
    }

    [Fact]
    public void Swapped_digits_are_preferred_over_other_single_edits()
    {
        // T1910 is one edit from T1010, T1110, T1190, T1210 and T1610; only T1190 is a swap of two digits.
        var resolution = Resolve("T1910", AttackObjectKind.Technique);
        Assert.Equal(
            "Unknown ATT&CK technique 'T1910' (not in ATT&CK Enterprise 18.1). Did you mean 'T1190' (Exploit Public-Facing Application)?",
            AttackMessages.Invalid(resolution));
        Assert.Equal(["G1017"], Suggested("G1071", AttackObjectKind.Group));
    }

    [Theory]
    [InlineData("T1190.001", "T1190")] // no sub-techniques: the technique
    [InlineData("T1078.014", "T1078.004")] // a sibling one edit away
    [InlineData("T1059.031", "T1059.013")] // a swap before the substitutions T1059.001, T1059.011
    public void Unknown_subtechnique_suggests_a_sibling_or_its_technique(string written, string suggestion) =>
        Assert.Equal([suggestion], Suggested(written, AttackObjectKind.Technique));

    [Fact]
    public void Unknown_group_and_software()
    {
        var group = Resolve("G9999", AttackObjectKind.Group);
        Assert.Equal(AttackResolutionKind.Unknown, group.Kind);
        Assert.Empty(group.Suggestions);
        Assert.Equal("Unknown ATT&CK group 'G9999' (not in ATT&CK Enterprise 18.1)", AttackMessages.Invalid(group));
        Assert.Equal("Unknown ATT&CK software 'S9999' (not in ATT&CK Enterprise 18.1)", AttackMessages.Invalid(Resolve("S9999", AttackObjectKind.Software)));
    }

    [Theory]
    [InlineData("exploit-public-facing-application")]
    [InlineData("Exploit_Public_Facing_Application")]
    [InlineData("exploit public-facing application")]
    [InlineData("EXPLOIT-PUBLIC-FACING-APPLICATION")]
    [InlineData("exploit-public-facing-aplication")] // one letter off: the nearest name
    public void A_technique_name_where_the_ID_goes_suggests_its_ID(string written)
    {
        var resolution = Resolve(written, AttackObjectKind.Technique);
        Assert.Equal(AttackResolutionKind.Malformed, resolution.Kind);
        Assert.Equal(["T1190"], resolution.Suggestions.Select(s => s.Id));
        Assert.Equal(
            $"'{written}' is not an ATT&CK technique ID. Did you mean 'T1190' (Exploit Public-Facing Application)?",
            AttackMessages.Invalid(resolution));
    }

    [Theory]
    [InlineData("powershell", "T1059.001")] // a sub-technique's own name (and revoked T1086 PowerShell's replacement)
    [InlineData("valid-accounts-cloud-accounts", "T1078.004")] // its full name
    [InlineData("dll-side-loading", "T1574.001")] // names of revoked techniques lead to their replacement
    [InlineData("binary-padding", "T1027.001")]
    [InlineData("t1190", "T1190")] // an ID in the wrong case
    public void Technique_names_and_IDs_in_another_case(string written, string suggestion) =>
        Assert.Equal([suggestion], Suggested(written, AttackObjectKind.Technique));

    [Fact]
    public void A_name_shared_by_several_techniques_suggests_them_all()
    {
        var resolution = Resolve("cloud-accounts", AttackObjectKind.Technique);
        Assert.Equal(
            "'cloud-accounts' is not an ATT&CK technique ID. Did you mean 'T1078.004' (Valid Accounts: Cloud Accounts), "
            + "'T1585.003' (Establish Accounts: Cloud Accounts) or 'T1586.003' (Compromise Accounts: Cloud Accounts)?",
            AttackMessages.Invalid(resolution));
    }

    [Theory]
    [InlineData("volt-typhoon", AttackObjectKind.Group, "G1017")]
    [InlineData("vanguard_panda", AttackObjectKind.Group, "G1017")] // an alias
    [InlineData("salt-typhoon", AttackObjectKind.Group, "G1045")]
    [InlineData("mimikatz", AttackObjectKind.Software, "S0002")]
    [InlineData("mimikatz", AttackObjectKind.Tool, "S0002")]
    [InlineData("ngrok", AttackObjectKind.Software, "S0508")]
    public void Group_and_software_names_and_aliases_suggest_their_IDs(string written, AttackObjectKind expected, string suggestion) =>
        Assert.Equal([suggestion], Suggested(written, expected));

    [Fact]
    public void Group_name_message()
    {
        Assert.Equal(
            "'volt-typhoon' is not an ATT&CK group ID. Did you mean 'G1017' (Volt Typhoon)?",
            AttackMessages.Invalid(Resolve("volt-typhoon", AttackObjectKind.Group)));
    }

    [Fact]
    public void Names_of_another_kind_are_not_suggested()
    {
        Assert.Empty(Suggested("mimikatz", AttackObjectKind.Malware)); // a tool
        Assert.Empty(Suggested("volt-typhoon", AttackObjectKind.Technique));
        Assert.Empty(Suggested("night-dragon", AttackObjectKind.Group)); // deprecated
    }

    [Theory]
    [InlineData("X1", AttackObjectKind.Group, "'X1' is not an ATT&CK group ID (G and four digits, such as G1017)")]
    [InlineData("T11900", AttackObjectKind.Technique, "'T11900' is not an ATT&CK technique ID. Did you mean 'T1190' (Exploit Public-Facing Application)?")]
    [InlineData("T1078.04", AttackObjectKind.Technique, "'T1078.04' is not an ATT&CK technique ID. Did you mean 'T1078.004' (Valid Accounts: Cloud Accounts)?")]
    [InlineData("T-1190", AttackObjectKind.Technique, "'T-1190' is not an ATT&CK technique ID. Did you mean 'T1190' (Exploit Public-Facing Application)?")]
    [InlineData("Initial-Access", AttackObjectKind.Technique, "'Initial-Access' is not an ATT&CK technique ID (T and four digits, such as T1190, or T1078.004 for a sub-technique)")]
    [InlineData("G1017.001", AttackObjectKind.Group, "'G1017.001' is not an ATT&CK group ID (G and four digits, such as G1017)")]
    [InlineData("S0002x", AttackObjectKind.Software, "'S0002x' is not an ATT&CK software ID. Did you mean 'S0002' (Mimikatz)?")]
    [InlineData("G9999", AttackObjectKind.Technique, "'G9999' is not an ATT&CK technique ID (T and four digits, such as T1190, or T1078.004 for a sub-technique)")]
    public void Malformed_IDs(string written, AttackObjectKind expected, string message)
    {
        var resolution = Resolve(written, expected);
        Assert.Equal(AttackResolutionKind.Malformed, resolution.Kind);
        Assert.Null(resolution.Object);
        Assert.Equal(message, AttackMessages.Invalid(resolution));
    }

    [Theory]
    [InlineData("T1190", AttackObjectKind.Group, "'T1190' is an ATT&CK technique (Exploit Public-Facing Application), not a group")]
    [InlineData("T1078.004", AttackObjectKind.Software, "'T1078.004' is an ATT&CK sub-technique (Valid Accounts: Cloud Accounts), not software")]
    [InlineData("G1017", AttackObjectKind.Technique, "'G1017' is an ATT&CK group (Volt Typhoon), not a technique")]
    [InlineData("S0002", AttackObjectKind.Group, "'S0002' is an ATT&CK tool (Mimikatz), not a group")]
    [InlineData("S0002", AttackObjectKind.Malware, "'S0002' is an ATT&CK tool (Mimikatz), not malware")]
    [InlineData("S0366", AttackObjectKind.Tool, "'S0366' is ATT&CK malware (WannaCry), not a tool")]
    public void Wrong_kind_says_what_it_is(string written, AttackObjectKind expected, string message)
    {
        var resolution = Resolve(written, expected);
        Assert.Equal(AttackResolutionKind.WrongKind, resolution.Kind);
        Assert.Equal(written, resolution.Object?.Id);
        Assert.True(resolution.IsError);
        Assert.Equal(message, AttackMessages.Invalid(resolution));
    }

    [Fact]
    public void Revoked_technique_has_its_replacement_for_the_fix()
    {
        var resolution = Resolve("T1073", AttackObjectKind.Technique);
        Assert.Equal(AttackResolutionKind.Found, resolution.Kind);
        Assert.False(resolution.IsError);
        Assert.True(resolution.IsRevokedOrDeprecated);
        Assert.Equal("T1574.001", resolution.Replacement?.Id);
        Assert.Equal(
            "ATT&CK technique 'T1073' (DLL Side-Loading) is revoked in ATT&CK Enterprise 18.1; use 'T1574.001' (Hijack Execution Flow: DLL)",
            AttackMessages.RevokedOrDeprecated(resolution));
    }

    [Fact]
    public void Revoked_and_deprecated_messages()
    {
        Assert.Equal(
            "ATT&CK technique 'T1064' (Scripting) is deprecated in ATT&CK Enterprise 18.1 and has no replacement",
            AttackMessages.RevokedOrDeprecated(Resolve("T1064", AttackObjectKind.Technique)));
        Assert.Equal(
            "ATT&CK sub-technique 'T1574.002' (Hijack Execution Flow: DLL Side-Loading) is revoked in ATT&CK Enterprise 18.1; use 'T1574.001' (Hijack Execution Flow: DLL)",
            AttackMessages.RevokedOrDeprecated(Resolve("T1574.002", AttackObjectKind.Technique)));
        Assert.Equal(
            "ATT&CK group 'G0042' (MONSOON) is revoked in ATT&CK Enterprise 18.1; use 'G0040' (Patchwork)",
            AttackMessages.RevokedOrDeprecated(Resolve("G0042", AttackObjectKind.Group)));
        Assert.Equal(
            "ATT&CK group 'G0014' (Night Dragon) is deprecated in ATT&CK Enterprise 18.1 and has no replacement",
            AttackMessages.RevokedOrDeprecated(Resolve("G0014", AttackObjectKind.Group)));
        Assert.Equal(
            "ATT&CK malware 'S0609' (TRITON) is deprecated in ATT&CK Enterprise 18.1 and has no replacement",
            AttackMessages.RevokedOrDeprecated(Resolve("S0609", AttackObjectKind.Malware)));
    }

    [Fact]
    public void A_revoked_software_replaced_by_another_kind_says_so()
    {
        var resolution = Resolve("S9000", AttackObjectKind.Software);
        Assert.Equal("S0508", resolution.Replacement?.Id);
        Assert.Equal(
            "ATT&CK malware 'S9000' (Ngrok) is revoked in ATT&CK Enterprise 18.1; use 'S0508' (ngrok), which is an ATT&CK tool",
            AttackMessages.RevokedOrDeprecated(resolution));
    }

    [Fact]
    public void Messages_refuse_the_wrong_resolution()
    {
        Assert.Throws<ArgumentException>(() => AttackMessages.Invalid(Resolve("T1190", AttackObjectKind.Technique)));
        Assert.Throws<ArgumentException>(() => AttackMessages.RevokedOrDeprecated(Resolve("T1190", AttackObjectKind.Technique)));
        Assert.Throws<ArgumentException>(() => AttackMessages.RevokedOrDeprecated(Resolve("T1909", AttackObjectKind.Technique)));
    }

    [Fact]
    public void Known_group_messages_for_INC2014()
    {
        var catalog = AttackCatalog.Enterprise;
        Assert.Equal("Salt Typhoon is ATT&CK group G1045", AttackMessages.KnownGroups("Salt Typhoon", catalog.FindGroupsByName("Salt Typhoon")));
        Assert.Equal("salt typhoon is ATT&CK group G1045", AttackMessages.KnownGroups("salt typhoon", catalog.FindGroupsByName("salt typhoon")));
        Assert.Equal("Vanguard Panda is ATT&CK group G1017 (Volt Typhoon)", AttackMessages.KnownGroups("Vanguard Panda", catalog.FindGroupsByName("Vanguard Panda")));
        Assert.Equal(
            "Thrip matches several ATT&CK groups: G0030 (Lotus Blossom) and G0076 (Thrip)",
            AttackMessages.KnownGroups("Thrip", catalog.FindGroupsByName("Thrip")));
        Assert.Throws<ArgumentException>(() => AttackMessages.KnownGroups("Nobody", catalog.FindGroupsByName("Nobody")));
    }
}
