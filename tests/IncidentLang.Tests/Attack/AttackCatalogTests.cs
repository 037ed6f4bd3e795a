using IncidentLang.Attack;

namespace IncidentLang.Tests.Attack;

/// <summary>
/// The shipped ATT&amp;CK Enterprise 18.1 data (data/attack): counts, lookups by ID and by name,
/// revocations and deprecations. Updating the data to a newer release changes the counts and
/// possibly the examples here (docs/attack.md).
/// </summary>
public sealed class AttackCatalogTests
{
    private static AttackCatalog Catalog => AttackCatalog.Enterprise;

    [Fact]
    public void Is_Enterprise_18_1_with_its_source()
    {
        Assert.Equal("enterprise-attack", Catalog.Domain);
        Assert.Equal("18.1", Catalog.Version);
        Assert.Equal("ATT&CK Enterprise 18.1", Catalog.Title);
        Assert.StartsWith("mitre/cti enterprise-attack", Catalog.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts()
    {
        Assert.Equal(14, Catalog.Tactics.Length);
        Assert.Equal(835, Catalog.Techniques.Length);
        Assert.Equal(187, Catalog.Groups.Length);
        Assert.Equal(787, Catalog.Software.Length);
        Assert.Equal(696, Catalog.Software.Count(s => s.IsMalware));
        Assert.Equal(91, Catalog.Software.Count(s => s.IsTool));
    }

    [Fact]
    public void Tactics_are_in_matrix_order()
    {
        Assert.Equal(
            ["Reconnaissance", "Resource Development", "Initial Access", "Execution", "Persistence", "Privilege Escalation", "Defense Evasion",
             "Credential Access", "Discovery", "Lateral Movement", "Collection", "Command and Control", "Exfiltration", "Impact"],
            Catalog.Tactics.Select(t => t.Name));
        Assert.Equal(Enumerable.Range(0, 14), Catalog.Tactics.Select(t => t.Order));
        Assert.Equal("TA0001", Catalog.FindTactic("initial-access")?.Id);
        Assert.Equal("initial-access", Catalog.FindTactic("TA0001")?.ShortName);
    }

    [Fact]
    public void Finds_a_technique_by_ID()
    {
        var technique = Catalog.FindTechnique("T1190");
        Assert.NotNull(technique);
        Assert.Equal("Exploit Public-Facing Application", technique.Name);
        Assert.Equal("Exploit Public-Facing Application", technique.DisplayName);
        Assert.Equal(AttackObjectKind.Technique, technique.Kind);
        Assert.Equal(["initial-access"], technique.Tactics.Select(t => t.ShortName));
        Assert.Equal("Initial Access", technique.Tactics[0].Name);
        Assert.True(technique.IsCurrent);
        Assert.False(technique.IsSubtechnique);
        Assert.Null(technique.Parent);
        Assert.Equal("T1190 Exploit Public-Facing Application", technique.ToString());
    }

    [Fact]
    public void Lookups_are_exact_and_by_kind()
    {
        Assert.Null(Catalog.FindTechnique("t1190"));
        Assert.Null(Catalog.FindTechnique("T1909"));
        Assert.Null(Catalog.FindGroup("T1190"));
        Assert.Null(Catalog.FindTechnique("G1017"));
        Assert.IsType<AttackGroup>(Catalog.Find("G1017"));
    }

    [Fact]
    public void A_subtechnique_has_its_parent_and_tactics_in_matrix_order()
    {
        var technique = Catalog.FindTechnique("T1078.004");
        Assert.NotNull(technique);
        Assert.True(technique.IsSubtechnique);
        Assert.Same(Catalog.FindTechnique("T1078"), technique.Parent);
        Assert.Equal("Cloud Accounts", technique.Name);
        Assert.Equal("Valid Accounts: Cloud Accounts", technique.DisplayName);
        // The data lists defense-evasion, persistence, privilege-escalation, initial-access (STIX order).
        Assert.Equal(["initial-access", "persistence", "privilege-escalation", "defense-evasion"], technique.Tactics.Select(t => t.ShortName));
    }

    [Fact]
    public void T1064_Scripting_is_deprecated_without_replacement()
    {
        // The brief expected "T1064 revoked by T1059"; ATT&CK deprecated Scripting instead (no revoked-by).
        var technique = Catalog.FindTechnique("T1064");
        Assert.NotNull(technique);
        Assert.Equal("Scripting", technique.Name);
        Assert.True(technique.IsDeprecated);
        Assert.False(technique.IsRevoked);
        Assert.Null(technique.RevokedBy);
        Assert.Null(Catalog.Replacement(technique));
    }

    [Fact]
    public void A_revoked_technique_points_at_its_replacement()
    {
        var technique = Catalog.FindTechnique("T1009")!;
        Assert.True(technique.IsRevoked);
        Assert.Equal("T1027.001", technique.RevokedBy);
        Assert.Equal("Obfuscated Files or Information: Binary Padding", Catalog.Replacement(technique)?.DisplayName);
    }

    [Fact]
    public void Revocations_are_followed_to_the_end()
    {
        // T1073 DLL Side-Loading -> T1574.002 DLL Side-Loading, itself revoked -> T1574.001 DLL.
        var technique = Catalog.FindTechnique("T1073")!;
        Assert.Equal("T1574.002", technique.RevokedBy);
        Assert.Equal("T1574.001", Catalog.Replacement(technique)?.Id);
        Assert.Null(Catalog.Replacement(Catalog.FindTechnique("T1190")!));
    }

    [Fact]
    public void S9000_Ngrok_malware_is_revoked_by_S0508_ngrok_tool()
    {
        var software = Catalog.FindSoftware("S9000");
        Assert.NotNull(software);
        Assert.Equal("Ngrok", software.Name);
        Assert.True(software.IsMalware);
        Assert.True(software.IsRevoked);
        Assert.Equal("S0508", software.RevokedBy);
        var replacement = Assert.IsType<AttackSoftware>(Catalog.Replacement(software));
        Assert.Equal("ngrok", replacement.Name);
        Assert.True(replacement.IsTool);
        Assert.Equal(AttackObjectKind.Tool, replacement.Kind);
    }

    [Fact]
    public void Deprecated_and_revoked_groups_and_software()
    {
        Assert.True(Catalog.FindGroup("G0014")!.IsDeprecated); // Night Dragon
        var monsoon = Catalog.FindGroup("G0042")!;
        Assert.True(monsoon.IsRevoked);
        Assert.Equal("Patchwork", Catalog.Replacement(monsoon)?.Name);
        var triton = Catalog.FindSoftware("S0609")!;
        Assert.True(triton.IsDeprecated);
        Assert.Equal(["HatMan", "TRISIS"], triton.Aliases.AsEnumerable());
    }

    [Fact]
    public void Groups_and_software_have_aliases()
    {
        var volt = Catalog.FindGroup("G1017")!;
        Assert.Equal("Volt Typhoon", volt.Name);
        Assert.Contains("Vanguard Panda", volt.Aliases);
        Assert.DoesNotContain("Volt Typhoon", volt.Aliases);
        var mimikatz = Catalog.FindSoftware("S0002")!;
        Assert.Equal("Mimikatz", mimikatz.Name);
        Assert.True(mimikatz.IsTool);
    }

    [Theory]
    [InlineData("Salt Typhoon", "G1045")]
    [InlineData("salt typhoon", "G1045")]
    [InlineData("SALT TYPHOON", "G1045")]
    [InlineData("Volt Typhoon", "G1017")]
    [InlineData("vanguard panda", "G1017")] // an alias
    [InlineData("Silk Typhoon", "G0125")] // HAFNIUM's alias
    [InlineData("MONSOON", "G0040")] // an alias of Patchwork; the revoked group G0042 MONSOON is left out
    public void Finds_groups_by_name_or_alias_ignoring_case(string name, string id) =>
        Assert.Equal([id], Catalog.FindGroupsByName(name).Select(g => g.Id));

    [Fact]
    public void Group_name_lookup_leaves_out_deprecated_groups_and_lists_all_matches()
    {
        Assert.Empty(Catalog.FindGroupsByName("Night Dragon")); // deprecated
        Assert.Empty(Catalog.FindGroupsByName("Salt"));
        Assert.Empty(Catalog.FindGroupsByName("Salt-Typhoon")); // equality, not normalization
        Assert.Equal(["G0030", "G0076"], Catalog.FindGroupsByName("thrip").Select(g => g.Id));
    }

    [Fact]
    public void Finds_software_by_name_or_alias()
    {
        Assert.Equal(["S0002"], Catalog.FindSoftwareByName("mimikatz").Select(s => s.Id));
        Assert.Equal(["S0508"], Catalog.FindSoftwareByName("Ngrok").Select(s => s.Id)); // S9000 is revoked
        Assert.Empty(Catalog.FindSoftwareByName("TRISIS")); // alias of the deprecated S0609
    }

    [Fact]
    public void The_data_is_consistent()
    {
        foreach (var technique in Catalog.Techniques)
        {
            Assert.True(AttackResolver.IsWellFormed(technique.Id, AttackObjectKind.Technique), technique.Id);
            Assert.NotEmpty(technique.Tactics);
            Assert.Equal(technique.Tactics.OrderBy(t => t.Order), technique.Tactics);
            Assert.Equal(technique.IsSubtechnique, technique.Parent is not null);
        }

        Assert.All(Catalog.Groups, g => Assert.True(AttackResolver.IsWellFormed(g.Id, AttackObjectKind.Group), g.Id));
        Assert.All(Catalog.Software, s => Assert.True(AttackResolver.IsWellFormed(s.Id, AttackObjectKind.Software), s.Id));

        IEnumerable<AttackObject> all = [.. Catalog.Techniques, .. Catalog.Groups, .. Catalog.Software];
        foreach (var value in all)
        {
            Assert.False(value.IsRevoked && value.IsDeprecated, value.Id);
            Assert.Equal(value.IsRevoked, value.RevokedBy is not null);
            if (value.IsRevoked)
            {
                // Every revocation ends at a current object of the same family (software may change malware <-> tool).
                var replacement = Catalog.Replacement(value);
                Assert.NotNull(replacement);
                Assert.True(replacement.IsCurrent, $"{value.Id} -> {replacement.Id}");
                Assert.Equal(value.GetType(), replacement.GetType());
            }
        }

        Assert.Equal(132, all.Count(o => o is AttackTechnique && o.IsRevoked));
        Assert.Equal(12, all.Count(o => o is AttackTechnique && o.IsDeprecated));
    }

    [Fact]
    public void Reader_skips_unknown_properties_and_rejects_bad_data()
    {
        var catalog = AttackCatalogReader.Read("""
            { "domain": "enterprise-attack", "version": "0.1", "extra": { "a": [1, 2] },
              "tactics": [ { "id": "TA0002", "name": "Execution", "shortname": "execution", "url": "x" } ],
              "techniques": [ { "id": "T1059.001", "name": "PowerShell", "tactics": ["execution"] },
                              { "id": "T1059", "name": "Command and Scripting Interpreter", "tactics": ["execution"], "deprecated": false } ],
              "groups": [], "software": [ { "id": "S0002", "name": "Mimikatz", "type": "tool", "aliases": [] } ] }
            """u8);
        Assert.Equal("0.1", catalog.Version);
        Assert.Equal(string.Empty, catalog.Source);
        Assert.Equal(["T1059", "T1059.001"], catalog.Techniques.Select(t => t.Id));
        Assert.Same(catalog.FindTechnique("T1059"), catalog.FindTechnique("T1059.001")!.Parent);

        Assert.Throws<InvalidDataException>(() => AttackCatalogReader.Read("""
            { "domain": "d", "version": "1", "tactics": [], "techniques": [ { "id": "T1", "name": "x", "tactics": ["nope"] } ] }
            """u8));
        Assert.Throws<InvalidDataException>(() => AttackCatalogReader.Read("""
            { "domain": "d", "version": "1", "software": [ { "id": "S1", "name": "x", "type": "virus" } ] }
            """u8));
        Assert.Throws<InvalidDataException>(() => AttackCatalogReader.Read("""
            { "domain": "d", "version": "1", "groups": [ { "id": "G1", "name": "x" }, { "id": "G1", "name": "y" } ] }
            """u8));
        Assert.Throws<InvalidDataException>(() => AttackCatalogReader.Read("""{ "version": "1" }"""u8));
    }
}
