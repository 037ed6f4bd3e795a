using System.Text.Json.Nodes;
using IncidentLang.Attack;
using IncidentLang.Binding;
using IncidentLang.Emit.Common;
using IncidentLang.Syntax;

namespace IncidentLang.Emit.Stix;

/// <summary>
/// Builds the STIX 2.1 bundle of one incident from the bound model (docs/language.md, "The STIX bundle"). Objects come in a fixed
/// order — report; actors, targets, parties, malware and tools, vulnerabilities, indicators (local
/// ones in source order, then the catalog ones the incident references, as in the JSON output);
/// attack patterns (first use: claims, then recommendations); locations; their
/// <c>located-at</c>/<c>originates-from</c> relationships; parties' affiliations; indicators'
/// <c>indicates</c>; per claim its relationships (or its note); statements; events;
/// recommendations with their <c>mitigates</c>; revisions; the TLP marking definition — and every
/// property in a fixed order, so the same input gives the same bytes.
/// Ids are <c>type--UUIDv5(StixVocabulary.ProjectNamespace, key)</c>. An object made from catalog
/// declarations or from ATT&amp;CK alone is shared: its key leaves the incident out, so every bundle
/// has the same id for it, and its <c>created</c> is <see cref="StixVocabulary.SharedCreated"/>.
/// Every other timestamp is the incident's <c>reported</c> date. The mapping is documented in
/// docs/language.md ("The STIX bundle").
/// </summary>
internal sealed class StixBundleBuilder
{
    /// <summary>The <c>source_name</c> and <c>kill_chain_name</c> MITRE's own STIX data uses for ATT&amp;CK.</summary>
    private const string AttackSourceName = "mitre-attack";

    private const string CatalogKeyPrefix = "@catalog/";

    private readonly IncidentSymbol _incident;
    private readonly string _timestamp;
    private readonly TlpLevel _tlp;
    private readonly string _reportId;
    private readonly List<JsonObject> _objects = [];
    private readonly Dictionary<Symbol, string> _ids = [];
    private readonly Dictionary<string, string> _locations = new(StringComparer.Ordinal);
    private readonly Dictionary<ClaimSymbol, List<string>> _claimObjects = [];
    private readonly Dictionary<string, string> _attackPatterns = new(StringComparer.Ordinal);

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
        var participants = EmitParticipants.Of(_incident);
        var (sources, actors, targets) = participants;

        foreach (var actor in actors)
        {
            AddActor(actor);
        }

        foreach (var target in targets)
        {
            AddTarget(target);
        }

        foreach (var party in participants.Parties)
        {
            AddParty(party);
        }

        foreach (var software in participants.Software)
        {
            AddSoftware(software);
        }

        foreach (var vulnerability in participants.Vulnerabilities)
        {
            AddVulnerability(vulnerability);
        }

        foreach (var indicator in participants.Indicators)
        {
            AddIndicator(indicator);
        }

        foreach (var technique in _incident.Claims.SelectMany(c => c.Techniques).Concat(_incident.Recommendations.SelectMany(r => r.Techniques)))
        {
            AddAttackPattern(technique);
        }

        var placed = actors.Select(a => (Symbol: (Symbol)a, a.Country))
            .Concat(targets.Select(t => (Symbol: (Symbol)t, t.Country)))
            .Concat(participants.Parties.Select(p => (Symbol: (Symbol)p, p.Country)))
            .Where(p => p.Country is not null).Select(p => (p.Symbol, Country: p.Country!)).ToList();
        foreach (var (_, country) in placed)
        {
            AddLocation(country);
        }

        foreach (var (symbol, country) in placed)
        {
            // STIX 2.1 defines located-at for identities and threat actors; an intrusion set originates-from a location.
            var type = symbol is ActorSymbol actor && !actor.ActorKind.IsStixThreatActor ? "originates-from" : "located-at";
            // Locations are the incident's own, so this relationship is too (even for a catalog declaration).
            var relationship = Sro(type, _ids[symbol], _locations[country], _incident.Name + "/" + Key(symbol, withIncident: false) + "/" + type + "/" + country);
            Finish(relationship, null, [], []);
        }

        foreach (var party in participants.Parties)
        {
            if (party.Affiliation is { } affiliation && _ids.ContainsKey(affiliation))
            {
                // STIX has no affiliation relationship between identities: the generic one, described.
                AddRelationship("related-to", party, affiliation, Sentence($"{party.DisplayName} is affiliated with {affiliation.DisplayName}"));
            }
        }

        foreach (var indicator in participants.Indicators.Where(_ids.ContainsKey))
        {
            foreach (var indicated in indicator.Software.Cast<Symbol>().Concat(indicator.Actors).Distinct().Where(_ids.ContainsKey))
            {
                AddRelationship("indicates", indicator, indicated, null);
            }
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

        var recommendationIndex = 0;
        foreach (var recommendation in _incident.Recommendations)
        {
            recommendationIndex++;
            AddRecommendation(recommendation, recommendationIndex);
        }

        var revisionIndex = 0;
        foreach (var revision in _incident.Revisions)
        {
            revisionIndex++;
            AddRevision(revision, revisionIndex);
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

        // The ATT&CK release the IDs of the bundle refer to, after the sources.
        var usesAttack = _attackPatterns.Count > 0 || actors.Any(a => a.AttackGroup is not null) || participants.Software.Any(s => s.AttackSoftware is not null);
        JsonObject[] release = usesAttack
            ? [new JsonObject { ["source_name"] = AttackSourceName, ["description"] = AttackCatalog.Enterprise.Title }]
            : [];
        Finish(report, null, _incident.Tags.Append("status:" + _incident.Status.Name), sources, trailing: release);
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
        var o = Sdo(type, Id(type, Key(actor)), actor.IsCatalog);
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
        Finish(o, null, labels, [], leading: actor.AttackGroup is { } group ? [AttackReference(group)] : []);
        _ids[actor] = (string)o["id"]!;
    }

    private void AddTarget(TargetSymbol target)
    {
        var o = Sdo("identity", Id("identity", Key(target)), target.IsCatalog);
        o["name"] = target.DisplayName;
        o["identity_class"] = target.TargetKind.StixIdentityClass;
        if ((target.Sector?.Name ?? target.TargetKind.ImpliedSector) is { } sector)
        {
            o["sectors"] = Strings([sector]);
        }

        Finish(o, null, [], []);
        _ids[target] = (string)o["id"]!;
    }

    private void AddParty(PartySymbol party)
    {
        var o = Sdo("identity", Id("identity", Key(party)), party.IsCatalog);
        o["name"] = party.DisplayName;
        if (party.Affiliation is { } affiliation)
        {
            o["description"] = Sentence("Affiliated with " + affiliation.DisplayName);
        }

        if (party.Role is { } role)
        {
            o["roles"] = Strings([role]);
        }

        o["identity_class"] = party.PartyKind.StixIdentityClass;
        if (party.PartyKind.ImpliedSector is { } sector)
        {
            o["sectors"] = Strings([sector]);
        }

        Finish(o, null, [], []);
        _ids[party] = (string)o["id"]!;
    }

    private void AddSoftware(SoftwareSymbol software)
    {
        var type = software.IsMalware ? "malware" : "tool";
        var o = Sdo(type, Id(type, Key(software)), software.IsCatalog);
        o["name"] = software.DisplayName;
        if (software is MalwareSymbol malware)
        {
            if (malware.MalwareKind is { } kind)
            {
                o["malware_types"] = Strings([kind.StixMalwareType]);
            }

            // A declaration names a piece of malware as a whole, not one sample.
            o["is_family"] = true;
        }

        if (!software.Aliases.IsEmpty)
        {
            o["aliases"] = Strings(software.Aliases.Distinct(StringComparer.Ordinal));
        }

        Finish(o, null, [], [], leading: software.AttackSoftware is { } attack ? [AttackReference(attack)] : []);
        _ids[software] = (string)o["id"]!;
    }

    private void AddVulnerability(VulnerabilitySymbol vulnerability)
    {
        var o = Sdo("vulnerability", Id("vulnerability", Key(vulnerability)), vulnerability.IsCatalog);
        var name = vulnerability.Cve ?? vulnerability.DisplayName;
        o["name"] = name;

        // STIX's vulnerability has no property for product, versions, CVSS or exploitation: they are sentences of the description.
        var parts = new List<string>();
        if (vulnerability.Title is { } title && title != name)
        {
            parts.Add(Sentence(title));
        }

        if (vulnerability.Product is { } product)
        {
            parts.Add(Sentence("Product: " + product));
        }

        if (vulnerability.Versions is { } versions)
        {
            parts.Add(Sentence("Versions: " + versions));
        }

        if (vulnerability.Cvss is { } cvss)
        {
            parts.Add($"CVSS base score {cvss.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        if (vulnerability.Exploited is { } exploited)
        {
            parts.Add(exploited ? "Known to be exploited in the wild." : "Not known to be exploited in the wild.");
        }

        if (vulnerability.Published is { } published)
        {
            parts.Add($"Published {published.Iso}.");
        }

        if (parts.Count > 0)
        {
            o["description"] = string.Join(" ", parts);
        }

        JsonObject[] cve = vulnerability.Cve is { } id ? [new JsonObject { ["source_name"] = "cve", ["external_id"] = id }] : [];
        Finish(o, null, [], vulnerability.Sources, leading: cve);
        _ids[vulnerability] = (string)o["id"]!;
    }

    private void AddIndicator(IndicatorSymbol indicator)
    {
        // An indicator in error (no kind, or a value that is not one of its kind) has no pattern: it is left out.
        if (indicator.IndicatorKind is not { } kind || indicator.Value is not { } value)
        {
            return;
        }

        var o = Sdo("indicator", Id("indicator", Key(indicator)), indicator.IsCatalog);

        // The name is what a platform shows: never the live value, which only the pattern carries.
        o["name"] = kind.Defang(value);
        var description = new List<string>();
        if (indicator.Note is { } note)
        {
            description.Add(Sentence(note));
        }

        if (indicator.LastSeen is { } lastSeen)
        {
            description.Add($"Last seen {lastSeen.Iso}.");
        }

        if (description.Count > 0)
        {
            o["description"] = string.Join(" ", description);
        }

        o["indicator_types"] = Strings(["malicious-activity"]);
        o["pattern"] = kind.StixPattern(value);
        o["pattern_type"] = "stix";
        o["valid_from"] = indicator.FirstSeen is { } firstSeen ? StixVocabulary.Start(firstSeen) : _timestamp;
        Finish(o, indicator.Confidence?.Score, [], indicator.Sources);
        _ids[indicator] = (string)o["id"]!;
    }

    /// <summary>An ATT&amp;CK technique, keyed by its ID alone: the same id in every bundle.</summary>
    private void AddAttackPattern(AttackTechnique technique)
    {
        if (_attackPatterns.ContainsKey(technique.Id))
        {
            return;
        }

        var o = Sdo("attack-pattern", Id("attack-pattern", AttackSourceName + "/" + technique.Id), shared: true);
        o["name"] = technique.DisplayName;
        o["kill_chain_phases"] = new JsonArray([.. technique.Tactics.OrderBy(t => t.Order).Select(t => (JsonNode)new JsonObject
        {
            ["kill_chain_name"] = AttackSourceName,
            ["phase_name"] = t.ShortName,
        })]);
        Finish(o, null, [], [], leading: [AttackReference(technique)]);
        _attackPatterns[technique.Id] = (string)o["id"]!;
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
        var software = claim.Software.Distinct().Where(_ids.ContainsKey).ToList();
        var vulnerabilities = claim.Vulnerabilities.Distinct().Where(_ids.ContainsKey).ToList();
        var indicators = claim.Indicators.Distinct().Where(_ids.ContainsKey).ToList();
        var techniques = claim.Techniques.Select(t => t.Id).Distinct(StringComparer.Ordinal).ToList();
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

        // ... and, when the claim names both a cluster and a state, the cluster is attributed to the state ...
        foreach (var cluster in actors.Where(a => !a.ActorKind.IsStixThreatActor))
        {
            foreach (var state in actors.Where(a => a.ActorKind.IsStixThreatActor))
            {
                ids.Add(AddClaimRelationship(claim, "attributed-to", cluster, state));
            }
        }

        // ... each actor uses the techniques and software and targets the vulnerabilities the claim names ...
        foreach (var actor in actors)
        {
            foreach (var technique in techniques)
            {
                ids.Add(AddClaimRelationship(claim, "uses", _ids[actor], Key(actor, withIncident: false), _attackPatterns[technique], AttackSourceName + "/" + technique));
            }

            foreach (var used in software)
            {
                ids.Add(AddClaimRelationship(claim, "uses", actor, used));
            }

            foreach (var vulnerability in vulnerabilities)
            {
                ids.Add(AddClaimRelationship(claim, "targets", actor, vulnerability));
            }
        }

        // ... and each indicator it cites that does not say itself what it indicates (no software, no actors)
        // indicates the claim's actors and software.
        foreach (var indicator in indicators.Where(i => i.Software.IsEmpty && i.Actors.IsEmpty))
        {
            foreach (var indicated in actors.Cast<Symbol>().Concat(software))
            {
                ids.Add(AddClaimRelationship(claim, "indicates", indicator, indicated));
            }
        }

        // A claim with no such relationship is a note about what it mentions (or about the report).
        if (ids.Count == 0)
        {
            var note = Sdo("note", Id("note", Key(claim)));
            note["content"] = ClaimDescription(claim);
            var mentioned = actors.Cast<Symbol>().Concat(targets).Concat(software).Concat(vulnerabilities).Concat(indicators).Select(s => _ids[s])
                .Concat(techniques.Select(t => _attackPatterns[t])).ToList();
            note["object_refs"] = Strings(mentioned.Count > 0 ? mentioned : [_reportId]);
            Revoke(note, claim);
            Finish(note, Confidence(claim), ClaimLabels(claim), claim.Sources);
            ids.Add((string)note["id"]!);
        }

        _claimObjects[claim] = ids;
    }

    private string AddClaimRelationship(ClaimSymbol claim, string type, Symbol from, Symbol to) =>
        AddClaimRelationship(claim, type, _ids[from], Key(from, withIncident: false), _ids[to], Key(to, withIncident: false));

    private string AddClaimRelationship(ClaimSymbol claim, string type, string fromId, string fromKey, string toId, string toKey)
    {
        var o = Sro(type, fromId, toId, Key(claim) + "/" + type + "/" + fromKey + "/" + toKey, ClaimDescription(claim));
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

        Revoke(o, claim);
        Finish(o, Confidence(claim), ClaimLabels(claim), claim.Sources);
        return (string)o["id"]!;
    }

    /// <summary>The claim's text, then its quantity as figures ("190,000,000 individuals.", "22,000,000 USD.").</summary>
    private static string ClaimDescription(ClaimSymbol claim)
    {
        var parts = new List<string> { claim.Text };
        if (claim.Count is { } count && claim.Unit is { } unit)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count:N0} {unit}."));
        }

        if (claim.Amount is { } amount && claim.Currency is { } currency)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{amount:#,0.##} {currency}."));
        }

        return string.Join(" ", parts);
    }

    /// <summary>A claim the report no longer stands by (withdrawn or superseded) is revoked: STIX's "no longer considered valid by its creator".</summary>
    private static void Revoke(JsonObject o, ClaimSymbol claim)
    {
        if (claim.IsWithdrawn)
        {
            o["revoked"] = true;
        }
    }

    /// <summary>
    /// A relationship that two declarations state by themselves (an indicator's <c>software</c>, a party's
    /// <c>affiliation</c>): shared, like its ends, when both are catalog declarations.
    /// </summary>
    private void AddRelationship(string type, Symbol from, Symbol to, string? description)
    {
        var shared = from.IsCatalog && to.IsCatalog;
        var key = Key(from) + "/" + type + "/" + Key(to, withIncident: false);
        var o = Sro(type, _ids[from], _ids[to], key, description, shared);
        Finish(o, null, [], []);
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

        if (statement.Stance.IsDenial || statement.Stance.IsDispute)
        {
            // The language does not grade how strongly a party denies or disputes: either is "disagree".
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
        note["abstract"] = @event.Date is { } date ? "Timeline: " + date.Iso + (@event.End is { } end ? " to " + end.Iso : string.Empty) : "Timeline";
        note["content"] = @event.Text;
        note["object_refs"] = Strings([_reportId]);
        Finish(note, null, [], @event.Sources);
    }

    private void AddRecommendation(RecommendationSymbol recommendation, int index)
    {
        var key = _incident.Name + "/recommendation/" + (recommendation.Name.Length > 0 ? recommendation.Name : "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var o = Sdo("course-of-action", Id("course-of-action", key));

        // A course of action needs a name: the first paragraph of the text; the whole text when it has more.
        var paragraphs = recommendation.Text.Split("\n\n");
        o["name"] = paragraphs[0];
        if (paragraphs.Length > 1)
        {
            o["description"] = recommendation.Text;
        }

        Finish(o, null, ["priority:" + recommendation.Priority.Name], recommendation.Sources);
        var id = (string)o["id"]!;
        foreach (var technique in recommendation.Techniques.Select(t => t.Id).Distinct(StringComparer.Ordinal))
        {
            var mitigates = Sro("mitigates", id, _attackPatterns[technique], key + "/mitigates/" + AttackSourceName + "/" + technique);
            Finish(mitigates, null, [], []);
        }
    }

    private void AddRevision(RevisionSymbol revision, int index)
    {
        // STIX versions objects, not reports' change histories: a revision is a note like a timeline entry.
        var key = _incident.Name + "/revision/" + (revision.Name.Length > 0 ? revision.Name : "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var note = Sdo("note", Id("note", key));
        note["abstract"] = revision.Date is { } date ? "Revision: " + date.Iso : "Revision";
        note["content"] = revision.Text;
        var about = revision.Claims.Distinct().SelectMany(c => _claimObjects.GetValueOrDefault(c) ?? []).Distinct(StringComparer.Ordinal).ToList();
        note["object_refs"] = Strings(about.Count > 0 ? about : [_reportId]);
        Finish(note, null, [], []);
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
        if (!claim.ClaimKind.IsJudgement)
        {
            yield return "claim-kind:" + claim.ClaimKind.Name;
        }

        if (claim.SupersededBy is { } replacement)
        {
            yield return "superseded-by:" + replacement.Name;
        }

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

    /// <summary>
    /// A new object. A shared one (made from catalog declarations or ATT&amp;CK alone, with the same id in
    /// every bundle) is created at <see cref="StixVocabulary.SharedCreated"/>, so that every bundle holds a
    /// version of the same object; its <c>modified</c> is still the incident's <c>reported</c>.
    /// </summary>
    private JsonObject Sdo(string type, string id, bool shared = false)
    {
        var created = shared ? StixVocabulary.SharedCreated : _timestamp;
        return new()
        {
            ["type"] = type,
            ["spec_version"] = "2.1",
            ["id"] = id,
            ["created"] = created,
            ["modified"] = string.CompareOrdinal(_timestamp, created) >= 0 ? _timestamp : created,
        };
    }

    private JsonObject Sro(string type, string sourceRef, string targetRef, string key, string? description = null, bool shared = false)
    {
        var o = Sdo("relationship", Id("relationship", key), shared);
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
    /// label per reliability grade of the cited sources), external references (<paramref name="leading"/>
    /// ones such as ATT&amp;CK and CVE IDs, the cited sources, then <paramref name="trailing"/> ones), the TLP
    /// marking — and adds the object to the bundle.
    /// </summary>
    private void Finish(JsonObject o, int? confidence, IEnumerable<string> labels, IEnumerable<SourceSymbol> sources, IEnumerable<JsonObject>? leading = null, IEnumerable<JsonObject>? trailing = null)
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

        var references = (leading ?? []).Concat(cited.Select(ExternalReference)).Concat(trailing ?? []).ToList();
        if (references.Count > 0)
        {
            o["external_references"] = new JsonArray([.. references]);
        }

        o["object_marking_refs"] = Strings([_tlp.StixMarkingId]);
        _objects.Add(o);
    }

    /// <summary>A source as an external reference: its name, a description (note, publication date, Admiralty reliability), its url, and its <c>reference</c> as <c>external_id</c>.</summary>
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

        if (source.Reference is { } id)
        {
            reference["external_id"] = id;
        }

        return reference;
    }

    /// <summary>An ATT&amp;CK object as MITRE's own STIX data references it: <c>mitre-attack</c>, the ID, and its page.</summary>
    private static JsonObject AttackReference(AttackObject value)
    {
        var page = value.Kind switch
        {
            AttackObjectKind.Technique => "techniques",
            AttackObjectKind.Group => "groups",
            _ => "software",
        };
        return new JsonObject
        {
            ["source_name"] = AttackSourceName,
            ["external_id"] = value.Id,
            ["url"] = $"https://attack.mitre.org/{page}/{value.Id.Replace('.', '/')}/",
        };
    }

    /// <summary>The text with a full stop added when it ends without one.</summary>
    private static string Sentence(string text) => text.Length > 0 && !".!?".Contains(text[^1], StringComparison.Ordinal) ? text + "." : text;

    /// <summary>
    /// A declaration's id key: <c>incident/keyword/name</c>; for a catalog declaration
    /// <c>@catalog/keyword/name</c>, the same in every incident (no incident name has an <c>@</c>).
    /// </summary>
    private string Key(Symbol symbol, bool withIncident = true)
    {
        var key = SyntaxFacts.GetKeywordText(symbol.Kind) + "/" + symbol.Name;
        return !withIncident ? key : symbol.IsCatalog ? CatalogKeyPrefix + key : _incident.Name + "/" + key;
    }

    private static string Id(string type, string key) => type + "--" + UuidV5.Create(StixVocabulary.ProjectNamespace, key);

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
