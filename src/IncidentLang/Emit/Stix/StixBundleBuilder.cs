using System.Text.Json.Nodes;
using IncidentLang.Binding;
using IncidentLang.Syntax;

namespace IncidentLang.Emit.Stix;

/// <summary>
/// Builds the STIX 2.1 bundle of one incident from the bound model (docs/language.md, "The STIX bundle"). Objects come in a fixed
/// order — report; actors, targets (local ones in source order, then the catalog ones the incident
/// references, as in the JSON output); locations; their <c>located-at</c>/<c>originates-from</c>
/// relationships; per claim its relationships (or its note); statements; events; the TLP marking
/// definition — and every property in a fixed order, so the same input gives the same bytes.
/// Ids are <c>type--UUIDv5(StixVocabulary.ProjectNamespace, key)</c>; every timestamp is the
/// incident's <c>reported</c> date. The mapping is documented in docs/language.md ("The STIX bundle").
/// </summary>
internal sealed class StixBundleBuilder
{
    private readonly IncidentSymbol _incident;
    private readonly string _timestamp;
    private readonly TlpLevel _tlp;
    private readonly string _reportId;
    private readonly List<JsonObject> _objects = [];
    private readonly Dictionary<Symbol, string> _ids = [];
    private readonly Dictionary<string, string> _locations = new(StringComparer.Ordinal);
    private readonly Dictionary<ClaimSymbol, List<string>> _claimObjects = [];

    private StixBundleBuilder(IncidentSymbol incident)
    {
        _incident = incident;

        // Never the clock: an incident without a (valid) reported date has errors and is not built;
        // the epoch keeps the library call total and reproducible all the same.
        _timestamp = incident.Reported is { } reported ? StixVocabulary.Start(reported) : "1970-01-01T00:00:00.000Z";
        _tlp = incident.Tlp;
        _reportId = Id("report", incident.Name);
    }

    public static JsonObject Build(IncidentSymbol incident) =>
        new StixBundleBuilder(incident).Build();

    private JsonObject Build()
    {
        var (sources, actors, targets) = _incident.GetParticipants();

        foreach (var actor in actors)
        {
            AddActor(actor);
        }

        foreach (var target in targets)
        {
            AddTarget(target);
        }

        var placed = actors.Select(a => (Symbol: (Symbol)a, a.Country)).Concat(targets.Select(t => (Symbol: (Symbol)t, t.Country)))
            .Where(p => p.Country is not null).Select(p => (p.Symbol, Country: p.Country!)).ToList();
        foreach (var (_, country) in placed)
        {
            AddLocation(country);
        }

        foreach (var (symbol, country) in placed)
        {
            // STIX 2.1 defines located-at for identities and threat actors; an intrusion set originates-from a location.
            var type = symbol is ActorSymbol actor && !actor.ActorKind.IsStixThreatActor ? "originates-from" : "located-at";
            var relationship = Sro(type, _ids[symbol], _locations[country], Key(symbol) + "/" + type + "/" + country);
            Finish(relationship, null, [], []);
        }

        foreach (var claim in _incident.Claims)
        {
            AddClaim(claim);
        }

        foreach (var statement in _incident.Statements)
        {
            AddStatement(statement);
        }

        var eventIndex = 0;
        foreach (var @event in _incident.Events)
        {
            eventIndex++;
            AddEvent(@event, eventIndex);
        }

        _objects.Add(MarkingDefinition());

        var report = Sdo("report", _reportId);
        report["name"] = _incident.Title;
        if (_incident.Summary is { } summary)
        {
            report["description"] = summary;
        }

        report["report_types"] = Strings(["threat-report"]);
        report["published"] = _timestamp;
        report["object_refs"] = Strings(_objects.Select(o => (string)o["id"]!));
        Finish(report, null, _incident.Tags.Append("status:" + _incident.Status.Name), sources);
        _objects.RemoveAt(_objects.Count - 1);
        _objects.Insert(0, report);

        return new JsonObject
        {
            ["type"] = "bundle",
            ["id"] = Id("bundle", _incident.Name + "/bundle"),
            ["objects"] = new JsonArray([.. _objects]),
        };
    }

    private void AddActor(ActorSymbol actor)
    {
        var threatActor = actor.ActorKind.IsStixThreatActor;
        var type = threatActor ? "threat-actor" : "intrusion-set";
        var o = Sdo(type, Id(type, Key(actor)));
        o["name"] = actor.DisplayName;
        if (threatActor)
        {
            o["threat_actor_types"] = Strings(["nation-state"]);
        }

        if (!actor.Aliases.IsEmpty)
        {
            o["aliases"] = Strings(actor.Aliases.Distinct(StringComparer.Ordinal));
        }

        if (threatActor)
        {
            o["resource_level"] = "government";
        }

        if (actor.Motive?.StixMotivation is { } motivation)
        {
            o["primary_motivation"] = motivation;
        }

        // An intrusion set has no type vocabulary: the kind is kept as a label.
        string[] labels = actor.ActorKind.StixLabel is { } label ? [label] : [];
        Finish(o, null, labels, []);
        _ids[actor] = (string)o["id"]!;
    }

    private void AddTarget(TargetSymbol target)
    {
        var o = Sdo("identity", Id("identity", Key(target)));
        o["name"] = target.DisplayName;
        o["identity_class"] = target.TargetKind.StixIdentityClass;
        if ((target.Sector?.Name ?? target.TargetKind.ImpliedSector) is { } sector)
        {
            o["sectors"] = Strings([sector]);
        }

        Finish(o, null, [], []);
        _ids[target] = (string)o["id"]!;
    }

    private void AddLocation(string country)
    {
        if (_locations.ContainsKey(country))
        {
            return;
        }

        var o = Sdo("location", Id("location", _incident.Name + "/location/" + country));
        o["name"] = CountryCodes.Names.GetValueOrDefault(country, country);
        o["country"] = country;
        Finish(o, null, [], []);
        _locations[country] = (string)o["id"]!;
    }

    private void AddClaim(ClaimSymbol claim)
    {
        var actors = claim.Actors.Distinct().Where(_ids.ContainsKey).ToList();
        var targets = claim.Targets.Distinct().Where(_ids.ContainsKey).ToList();
        var ids = new List<string>();

        // One relationship per actor/target pair ...
        if (targets.Count > 0)
        {
            foreach (var actor in actors)
            {
                foreach (var target in targets)
                {
                    ids.Add(AddClaimRelationship(claim, "targets", actor, target));
                }
            }
        }

        // ... and, when the claim names both a cluster and a state, the cluster is attributed to the state.
        foreach (var cluster in actors.Where(a => !a.ActorKind.IsStixThreatActor))
        {
            foreach (var state in actors.Where(a => a.ActorKind.IsStixThreatActor))
            {
                ids.Add(AddClaimRelationship(claim, "attributed-to", cluster, state));
            }
        }

        // A claim with no such pair is a note about what it mentions (or about the report).
        if (ids.Count == 0)
        {
            var note = Sdo("note", Id("note", Key(claim)));
            note["content"] = claim.Text;
            var mentioned = actors.Cast<Symbol>().Concat(targets).Select(s => _ids[s]).ToList();
            note["object_refs"] = Strings(mentioned.Count > 0 ? mentioned : [_reportId]);
            Finish(note, Confidence(claim), ClaimLabels(claim), claim.Sources);
            ids.Add((string)note["id"]!);
        }

        _claimObjects[claim] = ids;
    }

    private string AddClaimRelationship(ClaimSymbol claim, string type, Symbol from, Symbol to)
    {
        var o = Sro(type, _ids[from], _ids[to], Key(claim) + "/" + type + "/" + Key(from, withIncident: false) + "/" + Key(to, withIncident: false), claim.Text);
        var start = claim.FirstSeen is { } firstSeen ? StixVocabulary.Start(firstSeen) : null;
        var stop = claim.LastSeen is { } lastSeen ? StixVocabulary.End(lastSeen) : null;
        if (start is not null)
        {
            o["start_time"] = start;
        }

        // STIX requires stop_time to be later than start_time; a last-seen before first-seen is left out.
        if (stop is not null && (start is null || string.CompareOrdinal(stop, start) > 0))
        {
            o["stop_time"] = stop;
        }

        Finish(o, Confidence(claim), ClaimLabels(claim), claim.Sources);
        return (string)o["id"]!;
    }

    private void AddStatement(StatementSymbol statement)
    {
        var about = statement.Regarding.Distinct().SelectMany(c => _claimObjects.GetValueOrDefault(c) ?? []).Distinct(StringComparer.Ordinal).ToList();
        var refs = Strings(about.Count > 0 ? about : [_reportId]);
        var who = statement.By?.DisplayName ?? "unknown";
        var body = statement.Quote is { } quote
            ? statement.Text is { } paraphrase ? $"“{quote}”\n\n{paraphrase}" : $"“{quote}”"
            : statement.Text ?? string.Empty;
        SourceSymbol[] via = statement.Via is { } source ? [source] : [];

        if (statement.Stance.IsDenial)
        {
            // The language does not grade how strongly a party denies: a denial is "disagree".
            var opinion = Sdo("opinion", Id("opinion", Key(statement)));
            opinion["explanation"] = statement.Date is { } date ? $"{body}\n\nDate of the statement: {date.Iso}." : body;
            opinion["authors"] = Strings([who]);
            opinion["opinion"] = "disagree";
            opinion["object_refs"] = refs;
            Finish(opinion, null, [], via);
            return;
        }

        var note = Sdo("note", Id("note", Key(statement)));
        note["abstract"] = statement.Date is { } noteDate ? $"Statement by {who}, {noteDate.Iso}" : $"Statement by {who}";
        note["content"] = body;
        note["authors"] = Strings([who]);
        note["object_refs"] = refs;
        Finish(note, null, ["stance:" + statement.Stance.Name], via);
    }

    private void AddEvent(EventSymbol @event, int index)
    {
        // Named events by name; anonymous ones by their 1-based position among the incident's events.
        var key = _incident.Name + "/event/" + (@event.Name.Length > 0 ? @event.Name : "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var note = Sdo("note", Id("note", key));
        note["abstract"] = @event.Date is { } date ? "Timeline: " + date.Iso : "Timeline";
        note["content"] = @event.Text;
        note["object_refs"] = Strings([_reportId]);
        Finish(note, null, [], @event.Sources);
    }

    /// <summary>The official TLP 2.0 marking definition, exactly as OASIS publishes it.</summary>
    private JsonObject MarkingDefinition() => new()
    {
        ["type"] = "marking-definition",
        ["spec_version"] = "2.1",
        ["id"] = _tlp.StixMarkingId,
        ["created"] = StixVocabulary.TlpMarkingCreated,
        ["name"] = _tlp.Label,
        ["extensions"] = new JsonObject
        {
            [StixVocabulary.TlpExtensionDefinition] = new JsonObject
            {
                ["extension_type"] = "property-extension",
                ["tlp_2_0"] = _tlp.StixExtensionValue,
            },
        },
    };

    /// <summary>The claim's analytic confidence (15/50/85 or the integer given), else its Admiralty credibility on the STIX scale.</summary>
    private static int? Confidence(ClaimSymbol claim) =>
        claim.Confidence?.Score ?? claim.Credibility?.StixScore;

    private static IEnumerable<string> ClaimLabels(ClaimSymbol claim)
    {
        if (claim.Action is { } action)
        {
            yield return "action:" + action.Name;
        }

        if (claim.Likelihood is { } likelihood)
        {
            yield return "likelihood:" + likelihood.Name;
        }

        if (claim.Credibility is { } credibility)
        {
            yield return "admiralty-credibility:" + credibility.Name;
        }
    }

    private JsonObject Sdo(string type, string id) => new()
    {
        ["type"] = type,
        ["spec_version"] = "2.1",
        ["id"] = id,
        ["created"] = _timestamp,
        ["modified"] = _timestamp,
    };

    private JsonObject Sro(string type, string sourceRef, string targetRef, string key, string? description = null)
    {
        var o = Sdo("relationship", Id("relationship", key));
        o["relationship_type"] = type;
        if (description is not null)
        {
            o["description"] = description;
        }

        o["source_ref"] = sourceRef;
        o["target_ref"] = targetRef;
        return o;
    }

    /// <summary>
    /// Appends the common properties in a fixed order — confidence, labels (then an <c>admiralty:X</c>
    /// label per reliability grade of the cited sources), external references, the TLP marking — and
    /// adds the object to the bundle.
    /// </summary>
    private void Finish(JsonObject o, int? confidence, IEnumerable<string> labels, IEnumerable<SourceSymbol> sources)
    {
        var cited = sources.Distinct().ToList();
        if (confidence is { } score)
        {
            o["confidence"] = score;
        }

        var all = labels.Concat(cited.Select(s => s.Reliability.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(r => "admiralty:" + r))
            .Distinct(StringComparer.Ordinal).ToList();
        if (all.Count > 0)
        {
            o["labels"] = Strings(all);
        }

        if (cited.Count > 0)
        {
            o["external_references"] = new JsonArray([.. cited.Select(ExternalReference)]);
        }

        o["object_marking_refs"] = Strings([_tlp.StixMarkingId]);
        _objects.Add(o);
    }

    /// <summary>A source as an external reference: its name, a description (note, publication date, Admiralty reliability) and its url.</summary>
    private static JsonObject ExternalReference(SourceSymbol source)
    {
        var parts = new List<string>();
        if (source.Note is { Length: > 0 } note)
        {
            parts.Add(".!?".Contains(note[^1]) ? note : note + ".");
        }

        if (source.Published is { } published)
        {
            parts.Add($"Published {published.Iso}.");
        }

        var label = source.Reliability.Description;
        parts.Add($"Admiralty reliability {source.Reliability.Name}: {char.ToLowerInvariant(label[0])}{label[1..]}.");
        var reference = new JsonObject
        {
            // STIX reserves the source names "cve" and "capec" for CVE and CAPEC ids.
            ["source_name"] = source.DisplayName is "cve" or "capec" ? source.DisplayName + " (source)" : source.DisplayName,
            ["description"] = string.Join(" ", parts),
        };
        if (source.Url is { } url)
        {
            reference["url"] = url;
        }

        return reference;
    }

    /// <summary>A declaration's id key: <c>incident/keyword/name</c>.</summary>
    private string Key(Symbol symbol, bool withIncident = true)
    {
        var key = SyntaxFacts.GetKeywordText(symbol.Kind) + "/" + symbol.Name;
        return withIncident ? _incident.Name + "/" + key : key;
    }

    private static string Id(string type, string key) => type + "--" + UuidV5.Create(StixVocabulary.ProjectNamespace, key);

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
