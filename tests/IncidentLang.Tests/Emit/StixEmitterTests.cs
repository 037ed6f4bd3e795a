using System.Text.Json;
using System.Text.RegularExpressions;
using IncidentLang.Diagnostics;
using IncidentLang.Emit.Stix;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Emit;

/// <summary>The STIX 2.1 bundle (§6): ids, timestamps, markings, references and the mapping of each declaration kind.</summary>
public sealed partial class StixEmitterTests
{
    private const string ClearMarking = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";

    private static readonly Lazy<Compilation> ExampleCompilation = new(() => TestCompiler.CompileFolder(TestPaths.Examples).Compilation);

    // ---- UUIDv5 ----

    [Theory]
    [InlineData("www.example.com", "2ed6657d-e927-568b-95e1-2665a8aea6a2")] // RFC 9562, appendix A.4
    [InlineData("python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d")] // Python's uuid module documentation
    public void UuidV5_matches_published_vectors(string name, string expected) =>
        Assert.Equal(expected, UuidV5.Create(UuidV5.DnsNamespace, name));

    [Fact]
    public void Ids_are_UUIDv5_of_the_project_namespace_and_the_declaration_names()
    {
        // Expected values computed independently (Python: uuid.uuid5(UUID("8d27464e-…"), key)).
        Assert.Equal(new Guid("8d27464e-e5ea-49f3-9359-fb70d1a4a61b"), StixVocabulary.ProjectNamespace);
        var bundle = Emit("salt-typhoon");
        Assert.Equal("bundle--bb8a355b-2ce2-57cd-b729-5701d4a51fd1", bundle.RootElement.GetProperty("id").GetString());
        Assert.Equal("report--f6c36535-bfa4-5230-adcd-a48e25bc92ff", Single(bundle, "report").GetProperty("id").GetString());
        Assert.Equal("intrusion-set--3031cce1-fded-583e-8778-0e6e0ec912ae", Single(bundle, "intrusion-set").GetProperty("id").GetString());
    }

    [Fact]
    public void Every_generated_id_is_a_version_5_uuid()
    {
        foreach (var incident in ExampleCompilation.Value.Bound.Incidents)
        {
            foreach (var o in Objects(Emit(incident.Name)).Where(o => Type(o) != "marking-definition"))
            {
                Assert.Matches(UuidV5Id(), o.GetProperty("id").GetString()!);
            }
        }
    }

    [Fact]
    public void Anonymous_events_are_identified_by_their_position_and_named_ones_by_name()
    {
        var compilation = Compile("""
            incident x {
              title: "t"
              reported: 2025-01-02
              event { date: 2024-12 text: "first" }
              event named { date: 2024-12-05 text: "second" }
            }
            """);
        var notes = Objects(Emit(compilation)).Where(o => Type(o) == "note").Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Equal(["note--" + UuidV5.Create(StixVocabulary.ProjectNamespace, "x/event/#1"), "note--" + UuidV5.Create(StixVocabulary.ProjectNamespace, "x/event/named")], notes);
    }

    // ---- reproducible bytes ----

    [Fact]
    public void Output_is_byte_identical_on_rebuild()
    {
        var first = TestCompiler.CompileFolder(TestPaths.Examples).Compilation;
        var second = TestCompiler.CompileFolder(TestPaths.Examples).Compilation;
        Assert.NotEmpty(first.Bound.Incidents);
        foreach (var incident in first.Bound.Incidents)
        {
            var text = StixEmitter.Emit(incident);
            Assert.Equal(text, StixEmitter.Emit(second.Bound.Incidents.Single(i => i.Name == incident.Name)));
            Assert.DoesNotContain('\r', text);
            Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Examples_match_their_baselines()
    {
        var compilation = ExampleCompilation.Value;
        foreach (var incident in compilation.Bound.Incidents)
        {
            Baseline.AssertMatches(Path.Combine(TestPaths.Baselines, "examples", incident.Name + ".stix.json"), StixEmitter.Emit(incident));
        }
    }

    // ---- markings, references ----

    [Theory]
    [InlineData("clear", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "TLP:CLEAR", "clear")]
    [InlineData("green", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "TLP:GREEN", "green")]
    [InlineData("amber", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "TLP:AMBER", "amber")]
    [InlineData("amber-strict", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "TLP:AMBER+STRICT", "amber+strict")]
    [InlineData("red", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "TLP:RED", "red")]
    public void Every_object_carries_the_official_TLP_2_marking(string tlp, string id, string name, string value)
    {
        var bundle = Emit(Compile(SmallIncident(tlp: tlp)));
        var marking = Single(bundle, "marking-definition");
        Assert.Equal(id, marking.GetProperty("id").GetString());
        Assert.Equal(name, marking.GetProperty("name").GetString());
        Assert.Equal("2022-10-01T00:00:00.000Z", marking.GetProperty("created").GetString());
        var extension = marking.GetProperty("extensions").GetProperty(StixVocabulary.TlpExtensionDefinition);
        Assert.Equal("property-extension", extension.GetProperty("extension_type").GetString());
        Assert.Equal(value, extension.GetProperty("tlp_2_0").GetString());

        var others = Objects(bundle).Where(o => Type(o) != "marking-definition").ToList();
        Assert.Equal(["report", "intrusion-set", "identity", "relationship"], others.Select(Type));
        Assert.All(others, o => Assert.Equal([id], Strings(o, "object_marking_refs")));
    }

    [Fact]
    public void Every_example_object_carries_the_marking_and_spec_version()
    {
        foreach (var incident in ExampleCompilation.Value.Bound.Incidents)
        {
            foreach (var o in Objects(Emit(incident.Name)))
            {
                Assert.Equal("2.1", o.GetProperty("spec_version").GetString());
                if (Type(o) != "marking-definition")
                {
                    Assert.Equal([ClearMarking], Strings(o, "object_marking_refs"));
                }
            }
        }
    }

    [Fact]
    public void Every_reference_resolves_within_the_bundle_and_ids_are_unique()
    {
        foreach (var incident in ExampleCompilation.Value.Bound.Incidents)
        {
            var bundle = Emit(incident.Name);
            Assert.Equal("bundle", bundle.RootElement.GetProperty("type").GetString());
            var ids = Objects(bundle).Select(o => o.GetProperty("id").GetString()!).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            var refs = new List<string>();
            foreach (var o in Objects(bundle))
            {
                CollectRefs(o, refs);
            }

            Assert.NotEmpty(refs);
            Assert.All(refs, r => Assert.Contains(r, ids));
        }
    }

    [Fact]
    public void The_report_lists_every_other_object()
    {
        foreach (var incident in ExampleCompilation.Value.Bound.Incidents)
        {
            var bundle = Emit(incident.Name);
            var report = Single(bundle, "report");
            var others = Objects(bundle).Select(o => o.GetProperty("id").GetString()!).Where(id => id != report.GetProperty("id").GetString()).ToList();
            Assert.Equal(others, Strings(report, "object_refs"));
            Assert.Equal("report", Type(Objects(bundle).First()));
        }
    }

    // ---- timestamps ----

    [Theory]
    [InlineData("2024-11-20", "2024-11-20T00:00:00.000Z")]
    [InlineData("2025-03", "2025-03-01T00:00:00.000Z")]
    [InlineData("2025", "2025-01-01T00:00:00.000Z")]
    [InlineData("2024-11-15T14:30Z", "2024-11-15T14:30:00.000Z")]
    public void Timestamps_are_derived_from_reported(string reported, string expected)
    {
        var bundle = Emit(Compile(SmallIncident(reported: reported)));
        Assert.Equal(expected, Single(bundle, "report").GetProperty("published").GetString());
        foreach (var o in Objects(bundle).Where(o => Type(o) != "marking-definition"))
        {
            Assert.Equal(expected, o.GetProperty("created").GetString());
            Assert.Equal(expected, o.GetProperty("modified").GetString());
        }
    }

    [Fact]
    public void Salt_typhoon_timestamps_are_the_reported_date()
    {
        var bundle = Emit("salt-typhoon");
        var stamps = Objects(bundle).Where(o => Type(o) != "marking-definition")
            .SelectMany(o => new[] { o.GetProperty("created").GetString(), o.GetProperty("modified").GetString() }).Distinct().ToList();
        Assert.Equal(["2024-11-20T00:00:00.000Z"], stamps);
    }

    [Fact]
    public void First_and_last_seen_become_start_and_stop_time()
    {
        var compilation = Compile(SmallIncident(claimExtra: "first-seen: 2024-03 last-seen: 2024-10-02"));
        var relationship = Relationships(Emit(compilation)).Single(r => r.GetProperty("relationship_type").GetString() == "targets");
        Assert.Equal("2024-03-01T00:00:00.000Z", relationship.GetProperty("start_time").GetString());
        Assert.Equal("2024-10-03T00:00:00.000Z", relationship.GetProperty("stop_time").GetString());
    }

    // ---- the mapping ----

    [Fact]
    public void Salt_typhoon_relationships()
    {
        // 7 claims: prc-attribution names the cluster and the state (1 attributed-to); telecoms-compromised,
        // call-records-stolen, private-communications-compromised, law-enforcement-data-copied and
        // t-mobile-compromised one actor and one target each (5 targets); carriers-accessed one actor and
        // three targets (3 targets). Countries: prc-hackers originates-from CN, prc located-at CN, and the
        // four named carriers located-at US (the sector and the individuals have no country).
        var bundle = Emit("salt-typhoon");
        var byType = Relationships(bundle).GroupBy(r => r.GetProperty("relationship_type").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["targets"] = 8, ["attributed-to"] = 1, ["located-at"] = 5, ["originates-from"] = 1 }, byType);

        var cluster = Single(bundle, "intrusion-set");
        var state = Single(bundle, "threat-actor");
        Assert.Equal("Salt Typhoon", cluster.GetProperty("name").GetString());
        Assert.Equal(["GhostEmperor"], Strings(cluster, "aliases"));
        Assert.Equal("organizational-gain", cluster.GetProperty("primary_motivation").GetString());
        Assert.Equal(["nation-state"], Strings(state, "threat_actor_types"));

        var attribution = Relationships(bundle).Single(r => r.GetProperty("relationship_type").GetString() == "attributed-to");
        Assert.Equal(cluster.GetProperty("id").GetString(), attribution.GetProperty("source_ref").GetString());
        Assert.Equal(state.GetProperty("id").GetString(), attribution.GetProperty("target_ref").GetString());
        Assert.Equal(85, attribution.GetProperty("confidence").GetInt32());
        Assert.StartsWith("The hackers behind the telecommunications intrusions", attribution.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, attribution.GetProperty("external_references").GetArrayLength());
        Assert.Equal(["admiralty:B"], Strings(attribution, "labels"));

        Assert.Equal(33, Objects(bundle).Count());
    }

    [Fact]
    public void Denials_are_opinions_pointing_at_the_relationships_of_the_claims_they_deny()
    {
        var bundle = Emit("salt-typhoon");
        var opinions = Objects(bundle).Where(o => Type(o) == "opinion").ToList();
        Assert.Equal(2, opinions.Count);
        Assert.All(opinions, o => Assert.Equal("disagree", o.GetProperty("opinion").GetString()));

        var tmobile = opinions.Single(o => Strings(o, "authors").SequenceEqual(["T-Mobile US"]));
        var denied = Relationships(bundle).Single(r => r.TryGetProperty("description", out var d) && d.GetString()!.StartsWith("T-Mobile's network", StringComparison.Ordinal));
        Assert.Equal([denied.GetProperty("id").GetString()!], Strings(tmobile, "object_refs"));
        Assert.StartsWith("“At this time, T-Mobile systems", tmobile.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal("Reuters", tmobile.GetProperty("external_references")[0].GetProperty("source_name").GetString());

        // Beijing denies 4 claims: prc-attribution (1 relationship), telecoms-compromised (1),
        // carriers-accessed (3) and t-mobile-compromised (1).
        var beijing = opinions.Single(o => Strings(o, "authors").SequenceEqual(["Government of the People's Republic of China"]));
        Assert.Equal(6, Strings(beijing, "object_refs").Count);
    }

    [Fact]
    public void Statements_that_do_not_deny_are_notes_and_claims_without_a_pair_are_notes()
    {
        var bundle = Emit("colonial-pipeline");
        var notes = Objects(bundle).Where(o => Type(o) == "note").ToList();
        var seizure = notes.Single(n => n.GetProperty("content").GetString()!.StartsWith("The Department of Justice seized", StringComparison.Ordinal));
        Assert.Equal([Single(bundle, "report").GetProperty("id").GetString()!], Strings(seizure, "object_refs"));
        Assert.Equal(85, seizure.GetProperty("confidence").GetInt32());

        var doj = notes.Single(n => n.TryGetProperty("abstract", out var a) && a.GetString() == "Statement by U.S. Department of Justice, 2021-06-07");
        Assert.Equal(["U.S. Department of Justice"], Strings(doj, "authors"));
        Assert.Equal(["stance:confirms", "admiralty:B"], Strings(doj, "labels"));
        Assert.Contains(seizure.GetProperty("id").GetString()!, Strings(doj, "object_refs"));
        Assert.Equal("https://www.justice.gov", doj.GetProperty("external_references")[0].GetProperty("url").GetString());

        var events = notes.Where(n => n.TryGetProperty("abstract", out var a) && a.GetString()!.StartsWith("Timeline: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, events.Count);
    }

    [Fact]
    public void A_claim_naming_only_an_actor_is_a_note_about_that_actor()
    {
        var bundle = Emit("solarwinds");
        var note = Objects(bundle).Single(o => Type(o) == "note" && o.GetProperty("content").GetString()!.StartsWith("An advanced persistent threat actor", StringComparison.Ordinal));
        Assert.Equal([Single(bundle, "intrusion-set").GetProperty("id").GetString()!], Strings(note, "object_refs"));
        Assert.Equal(50, note.GetProperty("confidence").GetInt32());
        Assert.Equal(["likelihood:likely", "admiralty:B"], Strings(note, "labels"));
    }

    [Theory]
    [InlineData("confidence: low", 15)]
    [InlineData("confidence: moderate", 50)]
    [InlineData("confidence: high", 85)]
    [InlineData("confidence: 60", 60)]
    [InlineData("credibility: 1", 90)]
    [InlineData("credibility: 2", 70)]
    [InlineData("credibility: 3", 50)]
    [InlineData("credibility: 4", 30)]
    [InlineData("credibility: 5", 10)]
    [InlineData("credibility: 6", null)]
    [InlineData("confidence: high credibility: 5", 85)]
    [InlineData("", null)]
    public void Confidence_uses_the_STIX_scales(string properties, int? expected)
    {
        var bundle = Emit(Compile(SmallIncident(claimExtra: properties, confidence: null)));
        var relationship = Relationships(bundle).Single(r => r.GetProperty("relationship_type").GetString() == "targets");
        Assert.Equal(expected, relationship.TryGetProperty("confidence", out var c) ? c.GetInt32() : null);
    }

    [Theory]
    [InlineData("state", "threat-actor", null)]
    [InlineData("state-affiliated", "intrusion-set", "actor-kind:state-affiliated")]
    [InlineData("criminal", "intrusion-set", "actor-kind:criminal")]
    [InlineData("hacktivist", "intrusion-set", "actor-kind:hacktivist")]
    [InlineData("insider", "intrusion-set", "actor-kind:insider")]
    [InlineData("unknown", "intrusion-set", null)]
    public void Actor_kinds(string kind, string type, string? label)
    {
        var bundle = Emit(Compile(SmallIncident(actorExtra: $"kind: {kind} aliases: [\"Alias One\"]")));
        var actor = Single(bundle, type);
        Assert.Equal(["Alias One"], Strings(actor, "aliases"));
        string[] expected = label is null ? [] : [label];
        Assert.Equal(expected, OptionalStrings(actor, "labels"));
    }

    [Theory]
    [InlineData("espionage", "organizational-gain")]
    [InlineData("financial", "personal-gain")]
    [InlineData("disruption", "dominance")]
    [InlineData("ideology", "ideology")]
    [InlineData("unknown", null)]
    public void Motives_map_to_the_attack_motivation_vocabulary(string motive, string? expected)
    {
        var actor = Single(Emit(Compile(SmallIncident(actorExtra: "motive: " + motive))), "intrusion-set");
        Assert.Equal(expected, actor.TryGetProperty("primary_motivation", out var m) ? m.GetString() : null);
    }

    [Theory]
    [InlineData("organization", "organization", null)]
    [InlineData("sector", "class", null)]
    [InlineData("government", "organization", "government")]
    [InlineData("individual", "individual", null)]
    [InlineData("infrastructure", "system", null)]
    public void Target_kinds_map_to_identity_classes(string kind, string identityClass, string? sector)
    {
        var identity = Single(Emit(Compile(SmallIncident(targetExtra: "kind: " + kind))), "identity");
        Assert.Equal(identityClass, identity.GetProperty("identity_class").GetString());
        string[] expected = sector is null ? [] : [sector];
        Assert.Equal(expected, OptionalStrings(identity, "sectors"));
    }

    [Fact]
    public void Countries_are_shared_locations_joined_by_located_at()
    {
        var bundle = Emit(Compile(SmallIncident(actorExtra: "kind: state country: US", targetExtra: "sector: energy country: US")));
        var location = Single(bundle, "location");
        Assert.Equal("US", location.GetProperty("country").GetString());
        Assert.Equal("United States", location.GetProperty("name").GetString());
        var locatedAt = Relationships(bundle).Where(r => r.GetProperty("relationship_type").GetString() == "located-at").ToList();
        Assert.Equal(2, locatedAt.Count);
        Assert.All(locatedAt, r => Assert.Equal(location.GetProperty("id").GetString(), r.GetProperty("target_ref").GetString()));
        Assert.Equal(["energy"], Strings(Single(bundle, "identity"), "sectors"));
    }

    [Fact]
    public void Sources_are_external_references_with_their_Admiralty_grade_as_a_label()
    {
        var relationship = Relationships(Emit(Compile(SmallIncident()))).Single(r => r.GetProperty("relationship_type").GetString() == "targets");
        var reference = Assert.Single(relationship.GetProperty("external_references").EnumerateArray());
        Assert.Equal("Example News", reference.GetProperty("source_name").GetString());
        Assert.Equal("https://news.example/story", reference.GetProperty("url").GetString());
        Assert.Equal("Citing officials. Published 2024-11-01. Admiralty reliability C: fairly reliable.", reference.GetProperty("description").GetString());
        Assert.Equal(["action:compromise", "admiralty:C"], Strings(relationship, "labels"));
    }

    // ---- helpers ----

    private static string SmallIncident(string tlp = "clear", string reported = "2024-11-20", string actorExtra = "", string targetExtra = "", string claimExtra = "", string? confidence = "confidence: moderate", string extra = "") => $$"""
        incident small {
          title: "A small incident"
          reported: {{reported}}
          tlp: {{tlp}}
          summary: "Summary."
          source news {
            name: "Example News"
            kind: press
            reliability: C
            published: 2024-11-01
            url: "https://news.example/story"
            note: "Citing officials"
          }
          actor hackers { name: "Hackers" {{actorExtra}} }
          target victim { name: "Victim Inc." {{targetExtra}} }
          claim breach {
            text: "The hackers breached the victim."
            actors: [hackers]
            targets: [victim]
            action: compromise
            {{confidence}}
            sources: [news]
            {{claimExtra}}
          }
          {{extra}}
        }
        """;

    private static Compilation Compile(string text)
    {
        var compilation = TestCompiler.Compile(text);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        return compilation;
    }

    private static JsonDocument Emit(string incidentName)
    {
        var compilation = ExampleCompilation.Value;
        return JsonDocument.Parse(StixEmitter.Emit(compilation.Bound.Incidents.Single(i => i.Name == incidentName)));
    }

    private static JsonDocument Emit(Compilation compilation) =>
        JsonDocument.Parse(StixEmitter.Emit(compilation.Bound.Incidents.Single()));

    private static IEnumerable<JsonElement> Objects(JsonDocument bundle) => bundle.RootElement.GetProperty("objects").EnumerateArray();

    private static IEnumerable<JsonElement> Relationships(JsonDocument bundle) => Objects(bundle).Where(o => Type(o) == "relationship");

    private static JsonElement Single(JsonDocument bundle, string type) => Assert.Single(Objects(bundle), o => Type(o) == type);

    private static string Type(JsonElement o) => o.GetProperty("type").GetString()!;

    private static List<string> Strings(JsonElement o, string property) => [.. o.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];

    private static List<string> OptionalStrings(JsonElement o, string property) => o.TryGetProperty(property, out _) ? Strings(o, property) : [];

    private static void CollectRefs(JsonElement element, List<string> refs)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectRefs(item, refs);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name.EndsWith("_ref", StringComparison.Ordinal))
                {
                    refs.Add(property.Value.GetString()!);
                }
                else if (property.Name.EndsWith("_refs", StringComparison.Ordinal))
                {
                    refs.AddRange(property.Value.EnumerateArray().Select(e => e.GetString()!));
                }

                CollectRefs(property.Value, refs);
            }
        }
    }

    [GeneratedRegex("^[a-z-]+--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidV5Id();
}
