using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentLang.Binding;
using IncidentLang.Emit.Stix;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Emit;

/// <summary>
/// The v2 part of the STIX mapping: ATT&amp;CK techniques as attack patterns, malware and tools,
/// vulnerabilities, indicators with their patterns, parties, recommendations and revisions, and the
/// shared ids of catalog declarations.
/// </summary>
public sealed partial class StixEmitterTests
{
    private const string SharedCreated = "1970-01-01T00:00:00.000Z";

    // ---- the MOVEit example ----

    [Fact]
    public void Moveit_objects_and_relationships()
    {
        var bundle = Emit("moveit-transfer");
        Assert.Equal(
            ["report", "intrusion-set", "identity", "identity", "malware", "vulnerability", "indicator", "attack-pattern", "attack-pattern", "location"],
            Objects(bundle).Select(Type).TakeWhile(t => t != "relationship"));
        Assert.Equal(26, Objects(bundle).Count());

        var cl0p = Single(bundle, "intrusion-set");
        var lemurloot = Single(bundle, "malware");
        var cve = Single(bundle, "vulnerability");
        var indicator = Single(bundle, "indicator");
        var patterns = Objects(bundle).Where(o => Type(o) == "attack-pattern").ToList();
        var progress = Objects(bundle).Single(o => Type(o) == "identity" && o.GetProperty("name").GetString() == "Progress Software");
        Assert.Equal("organization", progress.GetProperty("identity_class").GetString());

        var reference = Assert.Single(cl0p.GetProperty("external_references").EnumerateArray());
        AssertReference(reference, "mitre-attack", "G0092", "https://attack.mitre.org/groups/G0092/");

        // (relationship type, source, target) in bundle order, after the located-at of the party.
        string Name(string id) => Objects(bundle).Single(o => o.GetProperty("id").GetString() == id) is var o && o.TryGetProperty("name", out var n) ? n.GetString()! : Type(o);
        var relationships = Relationships(bundle).Select(r => (r.GetProperty("relationship_type").GetString(), Name(r.GetProperty("source_ref").GetString()!), Name(r.GetProperty("target_ref").GetString()!))).ToList();
        Assert.Equal(
            [
                ("located-at", "Progress Software", "United States"),
                ("indicates", "human2.aspx", "LEMURLOOT"),
                ("indicates", "human2.aspx", "CL0P ransomware gang"),
                ("targets", "CL0P ransomware gang", "Organisations running MOVEit Transfer"), // exploited-zero-day
                ("uses", "CL0P ransomware gang", "Exploit Public-Facing Application"),
                ("targets", "CL0P ransomware gang", "CVE-2023-34362"),
                ("targets", "CL0P ransomware gang", "Organisations running MOVEit Transfer"), // web-shell
                ("uses", "CL0P ransomware gang", "Server Software Component: Web Shell"),
                ("uses", "CL0P ransomware gang", "LEMURLOOT"),
                ("targets", "CL0P ransomware gang", "Organisations running MOVEit Transfer"), // data-theft
                ("uses", "CL0P ransomware gang", "LEMURLOOT"),
            ],
            relationships);

        // A claim's relationships all carry its text, confidence, labels and sources.
        var usesT1190 = Relationships(bundle).Single(r => r.GetProperty("target_ref").GetString() == patterns[0].GetProperty("id").GetString());
        Assert.Equal(cl0p.GetProperty("id").GetString(), usesT1190.GetProperty("source_ref").GetString());
        Assert.Equal(85, usesT1190.GetProperty("confidence").GetInt32());
        Assert.Equal("2023-05-27T00:00:00.000Z", usesT1190.GetProperty("start_time").GetString());
        Assert.Equal(["action:compromise", "admiralty:A"], Strings(usesT1190, "labels"));
        Assert.StartsWith("From 27 May 2023, CL0P exploited", usesT1190.GetProperty("description").GetString(), StringComparison.Ordinal);

        Assert.Equal(["webshell"], Strings(lemurloot, "malware_types"));
        Assert.True(lemurloot.GetProperty("is_family").GetBoolean());

        Assert.Equal("CVE-2023-34362", cve.GetProperty("name").GetString());
        Assert.Equal(
            "MOVEit Transfer SQL injection. Product: Progress MOVEit Transfer. Versions: before 2021.0.6 (13.0.6), 2021.1.4 (13.1.4), 2022.0.4 (14.0.4), 2022.1.5 (14.1.5) and 2023.0.1 (15.0.1). CVSS base score 9.8. Known to be exploited in the wild. Published 2023-05-31.",
            cve.GetProperty("description").GetString());
        var cveReferences = cve.GetProperty("external_references").EnumerateArray().ToList();
        Assert.Equal(["cve", "Progress Software security advisory", "CISA and FBI joint cybersecurity advisory"], cveReferences.Select(r => r.GetProperty("source_name").GetString()));
        Assert.Equal("CVE-2023-34362", cveReferences[0].GetProperty("external_id").GetString());
        Assert.Equal("AA23-158A", cveReferences[2].GetProperty("external_id").GetString());

        Assert.Equal("human2.aspx", indicator.GetProperty("name").GetString());
        Assert.Equal("[file:name = 'human2.aspx']", indicator.GetProperty("pattern").GetString());
        Assert.Equal("stix", indicator.GetProperty("pattern_type").GetString());
        Assert.Equal("2023-06-07T00:00:00.000Z", indicator.GetProperty("valid_from").GetString());
        Assert.Equal(["malicious-activity"], Strings(indicator, "indicator_types"));
        Assert.Equal(85, indicator.GetProperty("confidence").GetInt32());

        // The statement by the party is a note it is the author of, about the claim's relationships.
        var statement = Objects(bundle).Single(o => Type(o) == "note" && o.TryGetProperty("authors", out _));
        Assert.Equal(["Progress Software"], Strings(statement, "authors"));
        Assert.Equal("Statement by Progress Software, 2023-05-31", statement.GetProperty("abstract").GetString());
        Assert.Equal(3, Strings(statement, "object_refs").Count);

        // The report names the ATT&CK release after its sources.
        var last = Single(bundle, "report").GetProperty("external_references").EnumerateArray().Last();
        Assert.Equal("mitre-attack", last.GetProperty("source_name").GetString());
        Assert.Equal("ATT&CK Enterprise 18.1", last.GetProperty("description").GetString());
    }

    [Fact]
    public void Attack_patterns_carry_the_ATTACK_reference_and_kill_chain_phases_in_matrix_order()
    {
        var bundle = Emit(Compile(SmallIncident(claimExtra: "techniques: [T1078.004, T1190, T1078.004]")));
        var patterns = Objects(bundle).Where(o => Type(o) == "attack-pattern").ToList();
        Assert.Equal(2, patterns.Count);

        var cloud = patterns[0];
        Assert.Equal("attack-pattern--" + UuidV5.Create(StixVocabulary.ProjectNamespace, "mitre-attack/T1078.004"), cloud.GetProperty("id").GetString());
        Assert.Equal("Valid Accounts: Cloud Accounts", cloud.GetProperty("name").GetString());
        AssertReference(Assert.Single(cloud.GetProperty("external_references").EnumerateArray()), "mitre-attack", "T1078.004", "https://attack.mitre.org/techniques/T1078/004/");
        Assert.Equal(
            ["initial-access", "persistence", "privilege-escalation", "defense-evasion"],
            cloud.GetProperty("kill_chain_phases").EnumerateArray().Select(p => p.GetProperty("phase_name").GetString()));
        Assert.All(cloud.GetProperty("kill_chain_phases").EnumerateArray(), p => Assert.Equal("mitre-attack", p.GetProperty("kill_chain_name").GetString()));
        Assert.Equal(SharedCreated, cloud.GetProperty("created").GetString());
        Assert.Equal("2024-11-20T00:00:00.000Z", cloud.GetProperty("modified").GetString());

        Assert.Equal("Exploit Public-Facing Application", patterns[1].GetProperty("name").GetString());
        AssertReference(Assert.Single(patterns[1].GetProperty("external_references").EnumerateArray()), "mitre-attack", "T1190", "https://attack.mitre.org/techniques/T1190/");

        var actor = Single(bundle, "intrusion-set").GetProperty("id").GetString();
        var uses = Relationships(bundle).Where(r => r.GetProperty("relationship_type").GetString() == "uses").ToList();
        Assert.Equal(patterns.Select(p => p.GetProperty("id").GetString()), uses.Select(r => r.GetProperty("target_ref").GetString()));
        Assert.All(uses, r => Assert.Equal(actor, r.GetProperty("source_ref").GetString()));
    }

    [Fact]
    public void A_bundle_without_ATTACK_IDs_does_not_name_the_release()
    {
        var report = Single(Emit(Compile(SmallIncident())), "report");
        Assert.DoesNotContain("mitre-attack", report.GetRawText(), StringComparison.Ordinal);
    }

    // ---- catalog declarations: one id in every bundle ----

    private const string SharedCatalog = """
        source cat-src { name: "Joint advisory" kind: government reliability: B reference: "AA00-001A" }
        actor crew { name: "Catalog Crew" kind: criminal attack-id: G0092 }
        malware cat-rat { name: "CatRAT" kind: rat aliases: ["Beacon"] attack-id: S0154 }
        tool mimikatz { name: "Mimikatz" attack-id: S0002 }
        vulnerability CVE-2024-0001 { product: "Example Server" cvss: 7.5 exploited: false sources: [cat-src] }
        indicator cat-ip { kind: ipv4 value: "198.51.100[.]7" first-seen: 2024-01 software: [cat-rat] actors: [crew] sources: [cat-src] }
        party vendor-x { name: "Vendor X" kind: vendor }

        """;

    private static string SharingIncident(string name, string reported) => $$"""
        incident {{name}} {
          title: "Incident {{name}}"
          reported: {{reported}}
          target victim { name: "Victim" }
          claim c {
            text: "The crew broke in."
            actors: [crew]
            targets: [victim]
            software: [cat-rat, mimikatz]
            vulnerabilities: [CVE-2024-0001]
            indicators: [cat-ip]
            techniques: [T1190]
            confidence: moderate
            sources: [cat-src]
          }
          statement s { by: vendor-x text: "Vendor X confirms." regarding: [c] }
        }

        """;

    [Fact]
    public void Catalog_declarations_and_ATTACK_techniques_have_one_id_in_every_bundle()
    {
        var compilation = Compile(SharedCatalog + SharingIncident("first", "2024-03-01") + SharingIncident("second", "2024-05-02"));
        var first = Emit(compilation, "first");
        var second = Emit(compilation, "second");

        string[] shared = ["intrusion-set", "malware", "tool", "vulnerability", "indicator", "attack-pattern"];
        foreach (var type in shared)
        {
            var a = Single(first, type);
            var b = Single(second, type);
            Assert.Equal(a.GetProperty("id").GetString(), b.GetProperty("id").GetString());

            // Two versions of one object: same created, modified from each incident's reported, nothing else differs.
            Assert.Equal(SharedCreated, a.GetProperty("created").GetString());
            Assert.Equal(SharedCreated, b.GetProperty("created").GetString());
            Assert.Equal("2024-03-01T00:00:00.000Z", a.GetProperty("modified").GetString());
            Assert.Equal("2024-05-02T00:00:00.000Z", b.GetProperty("modified").GetString());
            Assert.True(JsonNode.DeepEquals(WithoutModified(a), WithoutModified(b)), type);
        }

        Assert.Equal(
            "intrusion-set--" + UuidV5.Create(StixVocabulary.ProjectNamespace, "@catalog/actor/crew"),
            Single(first, "intrusion-set").GetProperty("id").GetString());
        Assert.Equal(
            "indicator--" + UuidV5.Create(StixVocabulary.ProjectNamespace, "@catalog/indicator/cat-ip"),
            Single(first, "indicator").GetProperty("id").GetString());

        // The party (a catalog identity) is shared too; the local target is not.
        string Identity(JsonDocument bundle, string name) => Objects(bundle).Single(o => Type(o) == "identity" && o.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
        Assert.Equal(Identity(first, "Vendor X"), Identity(second, "Vendor X"));
        Assert.NotEqual(Identity(first, "Victim"), Identity(second, "Victim"));

        // What two catalog declarations state by themselves (the indicator's software and actors) is shared;
        // what a claim states belongs to its incident.
        List<string> Ids(JsonDocument bundle, string type) => [.. Relationships(bundle).Where(r => r.GetProperty("relationship_type").GetString() == type).Select(r => r.GetProperty("id").GetString()!)];
        Assert.Equal(2, Ids(first, "indicates").Count); // CatRAT and the crew
        Assert.Equal(Ids(first, "indicates"), Ids(second, "indicates"));
        Assert.Empty(Ids(first, "uses").Intersect(Ids(second, "uses")));
        Assert.Equal(3, Ids(first, "uses").Count); // T1190, CatRAT, Mimikatz
    }

    [Fact]
    public void Catalog_declarations_map_to_their_STIX_objects()
    {
        var bundle = Emit(Compile(SharedCatalog + SharingIncident("first", "2024-03-01")), "first");
        Assert.Equal(
            ["report", "intrusion-set", "identity", "identity", "malware", "tool", "vulnerability", "indicator", "attack-pattern"],
            Objects(bundle).Select(Type).TakeWhile(t => t != "relationship"));

        var rat = Single(bundle, "malware");
        Assert.Equal(["remote-access-trojan"], Strings(rat, "malware_types"));
        Assert.Equal(["Beacon"], Strings(rat, "aliases"));
        AssertReference(Assert.Single(rat.GetProperty("external_references").EnumerateArray()), "mitre-attack", "S0154", "https://attack.mitre.org/software/S0154/");
        var tool = Single(bundle, "tool");
        Assert.Equal("Mimikatz", tool.GetProperty("name").GetString());
        AssertReference(Assert.Single(tool.GetProperty("external_references").EnumerateArray()), "mitre-attack", "S0002", "https://attack.mitre.org/software/S0002/");

        var vulnerability = Single(bundle, "vulnerability");
        Assert.Equal("CVE-2024-0001", vulnerability.GetProperty("name").GetString());
        Assert.Equal("Product: Example Server. CVSS base score 7.5. Not known to be exploited in the wild.", vulnerability.GetProperty("description").GetString());
        Assert.Equal(["admiralty:B"], Strings(vulnerability, "labels"));

        var indicator = Single(bundle, "indicator");
        Assert.Equal("198.51.100[.]7", indicator.GetProperty("name").GetString());
        Assert.Equal("[ipv4-addr:value = '198.51.100.7']", indicator.GetProperty("pattern").GetString());
        Assert.Equal("2024-01-01T00:00:00.000Z", indicator.GetProperty("valid_from").GetString());
        Assert.False(indicator.TryGetProperty("confidence", out _));

        // The claim's actor targets the vulnerability; the indicator indicates what it names itself (CatRAT and the
        // crew), not everything the claim that cites it names (Mimikatz).
        var crew = Single(bundle, "intrusion-set").GetProperty("id").GetString();
        var targetsVulnerability = Relationships(bundle).Single(r => r.GetProperty("target_ref").GetString() == vulnerability.GetProperty("id").GetString());
        Assert.Equal("targets", targetsVulnerability.GetProperty("relationship_type").GetString());
        Assert.Equal(crew, targetsVulnerability.GetProperty("source_ref").GetString());
        var indicates = Relationships(bundle).Where(r => r.GetProperty("relationship_type").GetString() == "indicates").ToList();
        Assert.Equal([Single(bundle, "malware").GetProperty("id").GetString(), crew], indicates.Select(r => r.GetProperty("target_ref").GetString()));
        Assert.All(indicates, r => Assert.False(r.TryGetProperty("description", out _)));
    }

    // ---- indicators ----

    public static TheoryData<string, string> IndicatorKindsAndExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in IndicatorKinds.All)
        {
            data.Add(kind.Name, kind.Example);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IndicatorKindsAndExamples))]
    public void Every_indicator_kind_has_its_pattern_and_a_defanged_name(string kind, string value)
    {
        var indicatorKind = IndicatorKinds.Find(kind)!;
        var bundle = Emit(Compile(SmallIncident(claimExtra: "indicators: [ioc]", extra: $$"""indicator ioc { kind: {{kind}} value: "{{value}}" confidence: low sources: [news] }""")));
        var indicator = Single(bundle, "indicator");
        Assert.Equal(indicatorKind.StixPattern(value), indicator.GetProperty("pattern").GetString());
        Assert.Equal(indicatorKind.Defang(value), indicator.GetProperty("name").GetString());
        Assert.Equal("stix", indicator.GetProperty("pattern_type").GetString());
        Assert.Equal("2024-11-20T00:00:00.000Z", indicator.GetProperty("valid_from").GetString());
        Assert.Equal(15, indicator.GetProperty("confidence").GetInt32());

        // The claim cites it: it indicates the claim's actor.
        var indicates = Relationships(bundle).Single(r => r.GetProperty("relationship_type").GetString() == "indicates");
        Assert.Equal(indicator.GetProperty("id").GetString(), indicates.GetProperty("source_ref").GetString());
        Assert.Equal(Single(bundle, "intrusion-set").GetProperty("id").GetString(), indicates.GetProperty("target_ref").GetString());

        // The live value of a kind that renderers turn into a link is nowhere but in the pattern.
        if (indicatorKind.IsLinkable)
        {
            Assert.NotEqual(value, indicatorKind.Defang(value));
            Assert.All(Objects(bundle), o => AssertNoLiveText(o, value));
        }
    }

    [Fact]
    public void No_example_shows_a_live_indicator_outside_a_pattern()
    {
        foreach (var incident in ExampleCompilation.Value.Bound.Incidents)
        {
            var bundle = Emit(incident.Name);
            foreach (var indicator in incident.GetParticipants().Indicators.Where(i => i.IndicatorKind!.IsLinkable))
            {
                Assert.All(Objects(bundle), o => AssertNoLiveText(o, indicator.Value!));
            }
        }
    }

    [Fact]
    public void Last_seen_and_note_of_an_indicator_are_its_description_and_first_seen_its_valid_from()
    {
        var bundle = Emit(Compile(SmallIncident(extra: """indicator ioc { kind: domain value: "malicious[.]example[.]com" first-seen: 2024-03-02 last-seen: 2024-05 note: "Used for staging" actors: [hackers] }""")));
        var indicator = Single(bundle, "indicator");
        Assert.Equal("malicious[.]example[.]com", indicator.GetProperty("name").GetString());
        Assert.Equal("Used for staging. Last seen 2024-05.", indicator.GetProperty("description").GetString());
        Assert.Equal("2024-03-02T00:00:00.000Z", indicator.GetProperty("valid_from").GetString());
    }

    // ---- parties, recommendations, revisions, claims without pairs ----

    [Theory]
    [InlineData("person", "individual", null)]
    [InlineData("organization", "organization", null)]
    [InlineData("government", "organization", "government")]
    [InlineData("vendor", "organization", null)]
    [InlineData("media", "organization", "communications")]
    public void Party_kinds_map_to_identity_classes(string kind, string identityClass, string? sector)
    {
        var bundle = Emit(Compile(SmallIncident(extra: $$"""party p { name: "P" kind: {{kind}} role: "Spokesperson" affiliation: victim country: FR } statement s { by: p quote: "Hello." }""")));
        var party = Objects(bundle).Single(o => Type(o) == "identity" && o.GetProperty("name").GetString() == "P");
        Assert.Equal(identityClass, party.GetProperty("identity_class").GetString());
        string[] expected = sector is null ? [] : [sector];
        Assert.Equal(expected, OptionalStrings(party, "sectors"));
        Assert.Equal(["Spokesperson"], Strings(party, "roles"));
        Assert.Equal("Affiliated with Victim Inc.", party.GetProperty("description").GetString());

        var victim = Objects(bundle).Single(o => Type(o) == "identity" && o.GetProperty("name").GetString() == "Victim Inc.");
        var related = Relationships(bundle).Single(r => r.GetProperty("relationship_type").GetString() == "related-to");
        Assert.Equal(party.GetProperty("id").GetString(), related.GetProperty("source_ref").GetString());
        Assert.Equal(victim.GetProperty("id").GetString(), related.GetProperty("target_ref").GetString());
        var locatedAt = Relationships(bundle).Single(r => r.GetProperty("relationship_type").GetString() == "located-at");
        Assert.Equal(party.GetProperty("id").GetString(), locatedAt.GetProperty("source_ref").GetString());

        var note = Objects(bundle).Single(o => Type(o) == "note");
        Assert.Equal(["P"], Strings(note, "authors"));
    }

    [Fact]
    public void Recommendations_are_courses_of_action_that_mitigate_their_techniques()
    {
        var bundle = Emit(Compile(SmallIncident(claimExtra: "techniques: [T1190]", extra: """"
            recommendation { text: "Patch internet-facing servers." priority: immediate techniques: [T1190, T1078] sources: [news] }
            recommendation named {
              text: """
                Review accounts.

                Remove the unused ones.
                """
            }
            """")));
        var courses = Objects(bundle).Where(o => Type(o) == "course-of-action").ToList();
        Assert.Equal(2, courses.Count);
        Assert.Equal("course-of-action--" + UuidV5.Create(StixVocabulary.ProjectNamespace, "small/recommendation/#1"), courses[0].GetProperty("id").GetString());
        Assert.Equal("course-of-action--" + UuidV5.Create(StixVocabulary.ProjectNamespace, "small/recommendation/named"), courses[1].GetProperty("id").GetString());
        Assert.Equal("Patch internet-facing servers.", courses[0].GetProperty("name").GetString());
        Assert.False(courses[0].TryGetProperty("description", out _));
        Assert.Equal(["priority:immediate", "admiralty:C"], Strings(courses[0], "labels"));
        Assert.Equal("Review accounts.", courses[1].GetProperty("name").GetString());
        Assert.Equal("Review accounts.\n\nRemove the unused ones.", courses[1].GetProperty("description").GetString());
        Assert.Equal(["priority:soon"], Strings(courses[1], "labels"));

        // T1190 (from the claim) and T1078 (from the recommendation only) are both attack patterns.
        var patterns = Objects(bundle).Where(o => Type(o) == "attack-pattern").Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Equal(2, patterns.Count);
        var mitigates = Relationships(bundle).Where(r => r.GetProperty("relationship_type").GetString() == "mitigates").ToList();
        Assert.Equal(patterns, mitigates.Select(r => r.GetProperty("target_ref").GetString()));
        Assert.All(mitigates, r => Assert.Equal(courses[0].GetProperty("id").GetString(), r.GetProperty("source_ref").GetString()));
    }

    [Fact]
    public void Revisions_are_notes_about_the_claims_they_changed()
    {
        var bundle = Emit(Compile(SmallIncident(extra: """
            revision { date: 2024-11-21 text: "Raised the confidence." claims: [breach] }
            revision { date: 2024-11-22 text: "Typo." }
            """)));
        var notes = Objects(bundle).Where(o => Type(o) == "note").ToList();
        Assert.Equal(["Revision: 2024-11-21", "Revision: 2024-11-22"], notes.Select(n => n.GetProperty("abstract").GetString()));
        Assert.Equal([Relationships(bundle).Single().GetProperty("id").GetString()!], Strings(notes[0], "object_refs"));
        Assert.Equal([Single(bundle, "report").GetProperty("id").GetString()!], Strings(notes[1], "object_refs"));
        Assert.Equal("Raised the confidence.", notes[0].GetProperty("content").GetString());
    }

    [Fact]
    public void A_claim_naming_software_and_techniques_but_no_actor_is_a_note_about_them()
    {
        var bundle = Emit(Compile("""
            incident small {
              title: "t"
              reported: 2024-11-20
              tool psexec { name: "PsExec" attack-id: S0029 }
              vulnerability CVE-2024-0002 { }
              claim lateral { text: "PsExec was used to move laterally." software: [psexec] vulnerabilities: [CVE-2024-0002] techniques: [T1570] confidence: low }
            }
            """));
        var note = Single(bundle, "note");
        Assert.Equal(
            [Single(bundle, "tool").GetProperty("id").GetString()!, Single(bundle, "vulnerability").GetProperty("id").GetString()!, Single(bundle, "attack-pattern").GetProperty("id").GetString()!],
            Strings(note, "object_refs"));
        Assert.Empty(Relationships(bundle));
        Assert.Equal("CVE-2024-0002", Single(bundle, "vulnerability").GetProperty("name").GetString());
        Assert.False(Single(bundle, "vulnerability").TryGetProperty("description", out _));
    }

    [Fact]
    public void A_source_reference_is_the_external_id()
    {
        var bundle = Emit(Compile(SmallIncident().Replace("note: \"Citing officials\"", "note: \"Citing officials\" reference: \"AA24-038A\"", StringComparison.Ordinal)));
        var reference = Single(bundle, "report").GetProperty("external_references")[0];
        Assert.Equal("AA24-038A", reference.GetProperty("external_id").GetString());
        Assert.Equal(["source_name", "description", "url", "external_id"], reference.EnumerateObject().Select(p => p.Name));
    }

    // ---- helpers ----

    private static JsonDocument Emit(Compilation compilation, string incidentName) =>
        JsonDocument.Parse(StixEmitter.Emit(compilation.Bound.Incidents.Single(i => i.Name == incidentName)));

    private static JsonNode WithoutModified(JsonElement o)
    {
        var node = JsonNode.Parse(o.GetRawText())!.AsObject();
        node.Remove("modified");
        return node;
    }

    private static void AssertReference(JsonElement reference, string sourceName, string externalId, string url)
    {
        Assert.Equal(["source_name", "external_id", "url"], reference.EnumerateObject().Select(p => p.Name));
        Assert.Equal(sourceName, reference.GetProperty("source_name").GetString());
        Assert.Equal(externalId, reference.GetProperty("external_id").GetString());
        Assert.Equal(url, reference.GetProperty("url").GetString());
    }

    /// <summary>No string of the object other than an indicator's <c>pattern</c> contains the value.</summary>
    private static void AssertNoLiveText(JsonElement element, string value, string? property = null)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    AssertNoLiveText(p.Value, value, p.Name);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AssertNoLiveText(item, value, property);
                }

                break;
            case JsonValueKind.String when property != "pattern":
                Assert.DoesNotContain(value, element.GetString()!, StringComparison.OrdinalIgnoreCase);
                break;
        }
    }
}
