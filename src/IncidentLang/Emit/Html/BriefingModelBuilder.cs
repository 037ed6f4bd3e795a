using System.Globalization;
using IncidentLang.Attack;
using IncidentLang.Binding;
using IncidentLang.Emit.Common;
using IncidentLang.Emit.Json;
using IncidentLang.Syntax;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// Builds the Scriban model of a briefing (a tree of <see cref="ScriptObject"/>s, no reflection
/// over .NET objects, so it is trimming- and AOT-safe). Claims keep the author's order: the key
/// judgements (<see cref="IncidentSymbol.KeyJudgements"/>) first, then the other claims that
/// stand grouped by kind in the vocabulary's order, then the withdrawn and superseded ones; each
/// has a label the whole page uses (KJ1, J1, F1, A1, W1). Recommendations are ordered by priority
/// (the vocabulary's order), then as written. Every vocabulary value reaches the template with its
/// structured facts from <see cref="Vocabularies"/> (rank, score, range, label); the template never
/// parses a description nor compares a vocabulary word. Prose reaches it as paragraphs. Indicators
/// reach the template only defanged: the live value is never in the model.
/// </summary>
internal static class BriefingModelBuilder
{
    public static ScriptObject Build(IncidentSymbol incident, string generator)
    {
        var participants = EmitParticipants.Of(incident);
        var (sources, actors, targets) = participants;

        var key = incident.KeyJudgements.ToList();
        var keySet = key.ToHashSet();
        var withdrawn = incident.Claims.Where(c => c.IsWithdrawn && !keySet.Contains(c)).ToList();
        var withdrawnSet = withdrawn.ToHashSet();
        var otherGroups = incident.Claims.Where(c => !keySet.Contains(c) && !withdrawnSet.Contains(c))
            .GroupBy(c => c.ClaimKind)
            .OrderBy(g => Vocabularies.ClaimKinds.IndexOf(g.Key))
            .ToList();

        // One label per claim, used wherever the page names it.
        var labels = new Dictionary<ClaimSymbol, string>();
        for (var i = 0; i < key.Count; i++)
        {
            labels[key[i]] = "KJ" + (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        foreach (var group in otherGroups)
        {
            var prefix = char.ToUpperInvariant(group.Key.Plural[0]).ToString();
            var n = 0;
            foreach (var c in group)
            {
                labels[c] = prefix + (++n).ToString(CultureInfo.InvariantCulture);
            }
        }

        for (var i = 0; i < withdrawn.Count; i++)
        {
            labels[withdrawn[i]] = "W" + (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        // Revisions in date order (then as written), numbered as the history shows them.
        var revisions = incident.Revisions.Select((r, i) => (Revision: r, Index: i))
            .OrderBy(p => p.Revision.Date?.FirstInstantUtc ?? DateTimeOffset.MaxValue).ThenBy(p => p.Index)
            .Select(p => p.Revision).ToList();
        var standing = key.Concat(otherGroups.SelectMany(g => g)).ToList();
        var allClaims = standing.Concat(withdrawn).ToList();
        // Denials first, then the other statements, numbered S1, S2 … in that order.
        var statementOrder = incident.Statements.Where(s => s.Stance.IsDenial).Concat(incident.Statements.Where(s => !s.Stance.IsDenial)).ToList();
        var refs = new BriefingCrossReferences(incident, sources, revisions, standing, statementOrder);

        // One small model per source and per claim as other parts of the page cite them, shared by every citation.
        var sourceRefs = new Dictionary<SourceSymbol, ScriptObject>();
        ScriptObject SourceRef(SourceSymbol s)
        {
            if (!sourceRefs.TryGetValue(s, out var model))
            {
                model = new ScriptObject(6)
                {
                    ["id"] = s.Name,
                    ["name"] = s.DisplayName,
                    ["grade"] = s.Reliability.Name,
                    ["grade_words"] = s.Reliability.Description,
                    ["number"] = refs.SourceNumber(s),
                    ["published"] = s.Published?.Display,
                };
                sourceRefs[s] = model;
            }

            return model;
        }

        ScriptObject RevisionRef(RevisionSymbol r) => new(3)
        {
            ["number"] = refs.RevisionNumber(r),
            ["date"] = r.Date?.Display,
            ["date_iso"] = r.Date?.Iso,
        };

        var claimRefs = new Dictionary<ClaimSymbol, ScriptObject>();
        ScriptObject ClaimRefOf(ClaimSymbol c)
        {
            if (!claimRefs.TryGetValue(c, out var model))
            {
                model = ClaimRef(c, labels);
                claimRefs[c] = model;
            }

            return model;
        }

        var claimModels = new Dictionary<ClaimSymbol, ShapedScriptObject>();
        foreach (var c in incident.Claims)
        {
            claimModels[c] = Claim(c, keySet.Contains(c), labels, refs, RevisionRef, SourceRef, ClaimRefOf);
        }

        var techniques = standing.SelectMany(c => c.Techniques).Distinct().ToList();
        var statementModels = statementOrder.Select((s, i) => Statement(s, i + 1, SourceRef, ClaimRefOf)).ToList();
        var statementModelOf = new Dictionary<StatementSymbol, ScriptObject>();
        for (var i = 0; i < statementOrder.Count; i++)
        {
            statementModelOf.TryAdd(statementOrder[i], statementModels[i]);
        }

        var denialCount = statementOrder.Count(s => s.Stance.IsDenial);
        var denials = statementModels.Take(denialCount).ToList();
        var statements = statementModels.Skip(denialCount).ToList();
        foreach (var c in incident.Claims)
        {
            var responses = Responses(refs.StatementsAbout(c), refs);
            claimModels[c]["responses"] = responses;
            claimModels[c]["has_responses_or_revisions"] = responses.Count > 0 || refs.RevisionsOf(c).Count > 0;
        }

        var actions = incident.Recommendations.Select((r, i) => (Recommendation: r, Index: i))
            .OrderBy(p => Vocabularies.RecommendationPriorities.IndexOf(p.Recommendation.Priority)).ThenBy(p => p.Index)
            .Select((p, i) => (Rank: Vocabularies.RecommendationPriorities.IndexOf(p.Recommendation.Priority), Priority: p.Recommendation.Priority, Symbol: p.Recommendation, Model: Recommendation(p.Recommendation, i + 1, SourceRef)))
            .ToList();
        var firstPriority = Vocabularies.RecommendationPriorities[0];
        var timeline = TimelineLayout.Build([.. incident.Events], SourceRef, Paragraphs);
        var sourceUses = SourceUses(TimelineLayout.Ordered(incident.Events), actions.Select(a => a.Symbol).ToList(), allClaims, labels, statementOrder, participants);
        ScriptArray ClaimModels(IEnumerable<ClaimSymbol> claims) => new(claims.Select(c => claimModels[c]));

        var model = new ScriptObject(56)
        {
            ["generator"] = generator,
            ["id"] = incident.Name,
            ["title"] = incident.Title,
            ["reported"] = incident.Reported?.Display,
            ["reported_iso"] = incident.Reported?.Iso,
            ["summary"] = Paragraphs(incident.Summary),
            ["status"] = incident.Status.Name,
            ["status_words"] = incident.Status.Label,
            ["status_label"] = incident.Status.Description,
            ["activity"] = incident.GetProperty(IncidentProperties.Activity) is null ? null : incident.Activity.Name,
            ["activity_words"] = incident.Activity.Label,
            ["activity_label"] = incident.Activity.Description,
            ["outlook"] = Paragraphs(incident.Outlook),
            ["gaps"] = new ScriptArray(incident.Gaps.Select(Paragraphs)),
            ["tlp"] = incident.Tlp.Name,
            ["tlp_label"] = incident.Tlp.Label,
            ["tlp_description"] = incident.Tlp.Description,
            ["tlp_meaning"] = Capitalize(incident.Tlp.Meaning),
            ["tags"] = new ScriptArray(incident.Tags),
            ["claim_labels"] = ClaimLabels(labels),
            ["judgements"] = new ScriptArray(key.Select(c => claimModels[c])),
            ["other_groups"] = new ScriptArray(otherGroups.Select(g => new ScriptObject(4)
            {
                ["kind"] = g.Key.Name,
                ["heading"] = g.Key.IsJudgement ? "Other " + g.Key.Plural : Capitalize(g.Key.Plural),
                ["description"] = g.Key.Description,
                ["claims"] = new ScriptArray(g.Select(c => claimModels[c])),
            })),
            ["other_count"] = otherGroups.Sum(g => g.Count()),
            ["withdrawn"] = new ScriptArray(withdrawn.Select(c => claimModels[c])),
            ["claims"] = new ScriptArray(allClaims.Select(c => claimModels[c])),
            ["confidence_counts"] = ConfidenceCounts(key),
            ["actions"] = new ScriptArray(actions.Select(a => a.Model)),
            ["action_groups"] = new ScriptArray(actions.GroupBy(a => a.Rank).Select(g => new ScriptObject(5)
            {
                ["priority"] = g.First().Priority.Name,
                ["words"] = g.First().Priority.Label,
                ["description"] = g.First().Priority.Description,
                ["rank"] = g.Key,
                ["actions"] = new ScriptArray(g.Select(a => a.Model)),
            })),
            ["actions_first_priority"] = actions.Count(a => a.Rank == 0),
            ["actions_first_priority_words"] = firstPriority.Label.ToLowerInvariant(),
            ["actors"] = new ScriptArray(actors.Select(a => Actor(a, ClaimModels(refs.ClaimsCiting(a))))),
            ["targets"] = new ScriptArray(targets.Select(t => Target(t, ClaimModels(refs.ClaimsCiting(t))))),
            ["parties"] = new ScriptArray(participants.Parties.Select(p => Party(p, new ScriptArray(refs.StatementsBy(p).Select(s => statementModelOf[s]))))),
            ["attack"] = IncidentModelBuilder.UsesAttack(incident, participants) ? AttackRelease() : null,
            ["technique_groups"] = TechniqueGroups(techniques, refs, ClaimRefOf),
            ["technique_count"] = techniques.Count,
            ["vulnerabilities"] = new ScriptArray(participants.Vulnerabilities.Select(v => Vulnerability(v, CitedIn(refs.ClaimsCiting(v), ClaimRefOf), SourceRef))),
            ["software"] = new ScriptArray(participants.Software.Select(s => Software(s, CitedIn(refs.ClaimsCiting(s), ClaimRefOf)))),
            ["indicators"] = new ScriptArray(participants.Indicators.Select((i, n) => Indicator(i, n + 1, CitedIn(refs.ClaimsCiting(i), ClaimRefOf), SourceRef))),
            ["statements"] = new ScriptArray(statements),
            ["denials"] = new ScriptArray(denials),
            ["denial_parties"] = BySpeaker(statementOrder.Where(st => st.Stance.IsDenial), refs),
            ["timeline"] = timeline,
            ["revisions"] = new ScriptArray(revisions.Select((r, i) => new ScriptObject(5)
            {
                ["number"] = i + 1,
                ["date"] = r.Date?.Display,
                ["date_iso"] = r.Date?.Iso,
                ["text"] = Paragraphs(r.Text),
                ["claims"] = new ScriptArray(r.Claims.Select(ClaimRefOf)),
            })),
            ["sources"] = new ScriptArray(sources.Select((s, i) =>
            {
                var source = Source(s, i + 1);
                var uses = sourceUses.GetValueOrDefault(s) ?? [];
                source["uses"] = uses;
                // The same labels as one line of text, for the narrow layout's summary (one value instead of a loop).
                source["uses_words"] = string.Join(", ", uses.Select(u => ((ScriptObject)u!)["label"]));
                return source;
            })),
            ["confidence_levels"] = new ScriptArray(Vocabularies.ConfidenceLevels.Select(ConfidenceLegend)),
            ["likelihoods"] = new ScriptArray(Vocabularies.Likelihoods.Select(LikelihoodLegend)),
            ["reliabilities"] = new ScriptArray(Vocabularies.Reliabilities.Select(v => new ScriptObject(3) { ["name"] = v.Name, ["words"] = v.Label, ["description"] = v.Description })),
        };
        return model;
    }

    private static ScriptArray Paragraphs(string? text) => new(Prose.Paragraphs(text));

    /// <summary>The models of <paramref name="items"/>, in order, without an enumerator (a claim has several such lists).</summary>
    private static ScriptArray ArrayOf<T>(System.Collections.Immutable.ImmutableArray<T> items, Func<T, object?> model)
    {
        var array = new ScriptArray(items.Length);
        foreach (var item in items)
        {
            array.Add(model(item));
        }

        return array;
    }

    private static ScriptObject ClaimLabels(Dictionary<ClaimSymbol, string> labels)
    {
        var map = new ScriptObject();
        foreach (var (claim, label) in labels)
        {
            map[claim.Name] = label;
        }

        return map;
    }

    /// <summary>A claim as other parts of the page name it: its id, label and text.</summary>
    private static ScriptObject ClaimRef(ClaimSymbol c, Dictionary<ClaimSymbol, string> labels) => new(4)
    {
        ["id"] = c.Name,
        ["label"] = labels.GetValueOrDefault(c),
        ["text"] = Paragraphs(c.Text),
        ["withdrawn"] = c.IsWithdrawn,
    };

    private static ScriptObject Recommendation(RecommendationSymbol r, int number, Func<SourceSymbol, ScriptObject> sourceRef) => new(10)
    {
        ["number"] = number,
        ["label"] = "R" + number.ToString(CultureInfo.InvariantCulture),
        ["id"] = "action-" + number.ToString(CultureInfo.InvariantCulture),
        ["text"] = Paragraphs(r.Text),
        ["priority"] = r.Priority.Name,
        ["priority_words"] = r.Priority.Label,
        ["priority_description"] = r.Priority.Description,
        ["priority_rank"] = Vocabularies.RecommendationPriorities.IndexOf(r.Priority),
        ["techniques"] = new ScriptArray(r.Techniques.Distinct().Select(t => AttackRef(t))),
        ["sources"] = new ScriptArray(r.Sources.Select(sourceRef)),
    };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>How many judgements hold each confidence level, most confident first, then "unstated"; levels with none are left out.</summary>
    private static ScriptArray ConfidenceCounts(IReadOnlyList<ClaimSymbol> claims)
    {
        var counts = new ScriptArray();
        foreach (var level in Vocabularies.ConfidenceLevels.Reverse())
        {
            var count = claims.Count(c => c.Confidence?.Level == level);
            if (count > 0)
            {
                counts.Add(new ScriptObject(2) { ["count"] = count, ["words"] = level.Name });
            }
        }

        var unstated = claims.Count(c => c.Confidence is null);
        if (unstated > 0)
        {
            counts.Add(new ScriptObject(2) { ["count"] = unstated, ["words"] = "unstated" });
        }

        return counts;
    }

    private static ScriptObject ConfidenceLegend(ConfidenceLevel level) => new(6)
    {
        ["name"] = level.Name,
        ["words"] = level.Label,
        ["rank"] = level.Rank,
        ["description"] = level.Description,
        ["meaning"] = Capitalize(level.Meaning),
        ["stix_score"] = level.StixScore,
    };

    private static ScriptObject LikelihoodLegend(LikelihoodValue likelihood) => new(7)
    {
        ["name"] = likelihood.Name,
        ["words"] = likelihood.Label,
        ["also"] = likelihood.AlsoCalled,
        ["description"] = likelihood.Description,
        ["range"] = likelihood.Range,
        ["low"] = likelihood.LowPercent,
        ["high"] = likelihood.HighPercent,
    };

    /// <summary>
    /// A claim's members, in the order a template lists them (<c>responses</c> and <c>has_responses_or_revisions</c> are set
    /// once every statement's model exists): each claim's model is a <see cref="ShapedScriptObject"/> of this shape.
    /// </summary>
    private static readonly ModelShape ClaimShape = new([
        "confidence_level",
        "confidence_bars",
        "shows_confidence",
        "has_lead_facts",
        "has_catalog_citations",
        "actor_list",
        "target_list",
        "action_words",
        "seen_words",
        "id",
        "label",
        "text",
        "kind",
        "kind_words",
        "is_judgement",
        "is_key",
        "confidence",
        "confidence_rank",
        "confidence_words",
        "confidence_score",
        "likelihood",
        "likelihood_words",
        "likelihood_range",
        "credibility",
        "credibility_words",
        "action",
        "count_words",
        "count_digits",
        "amount_words",
        "amount_digits",
        "withdrawn",
        "superseded_by",
        "supersedes",
        "revisions",
        "actors",
        "targets",
        "sources",
        "first_seen",
        "last_seen",
        "techniques",
        "vulnerabilities",
        "software",
        "indicators",
        "responses",
        "has_responses_or_revisions",
    ]);

    private static ShapedScriptObject Claim(
        ClaimSymbol c,
        bool isKey,
        Dictionary<ClaimSymbol, string> labels,
        BriefingCrossReferences refs,
        Func<RevisionSymbol, ScriptObject> revisionRef,
        Func<SourceSymbol, ScriptObject> sourceRef,
        Func<ClaimSymbol, ScriptObject> claimRef)
    {
        var count = c.Count is { } n && c.Unit is { } unit ? QuantityFormatter.Count(n, unit) : null;
        var money = c.Amount is { } amount && c.Currency is { } currency ? QuantityFormatter.Money(amount, currency) : null;
        var supersedes = refs.Supersedes(c);
        var actors = c.Actors;
        var targets = c.Targets;
        var techniques = c.Techniques;
        var vulnerabilities = c.Vulnerabilities;
        var software = c.Software;
        var indicators = c.Indicators;
        var firstSeen = c.FirstSeen?.Display;
        var lastSeen = c.LastSeen?.Display;
        return new ShapedScriptObject(ClaimShape)
        {
            // What the card tests, computed once here rather than by the template for every claim (issue 11).
            ["confidence_level"] = c.Confidence?.Level.Name ?? "none",
            ["confidence_bars"] = c.Confidence is { } level ? level.Level.Rank + 1 : 0,
            ["shows_confidence"] = c.Confidence is not null || c.ClaimKind.IsJudgement,
            ["has_lead_facts"] = c.SupersededBy is not null || supersedes.Count > 0 || count is not null || money is not null,
            ["has_catalog_citations"] = !techniques.IsEmpty || !vulnerabilities.IsEmpty || !software.IsEmpty || !indicators.IsEmpty,
            ["actor_list"] = actors.IsEmpty ? null : string.Join("; ", actors.Select(a => a.DisplayName)),
            ["target_list"] = targets.IsEmpty ? null : string.Join("; ", targets.Select(t => t.DisplayName)),
            ["action_words"] = c.Action is { } action ? Capitalize(action.Name) : null,
            ["seen_words"] = (firstSeen, lastSeen) switch
            {
                (null, null) => null,
                (_, null) => "from " + firstSeen,
                (null, _) => "until " + lastSeen,
                _ => "from " + firstSeen + " until " + lastSeen,
            },
            ["id"] = c.Name,
            ["label"] = labels[c],
            ["text"] = Paragraphs(c.Text),
            ["kind"] = c.ClaimKind.Name,
            ["kind_words"] = c.ClaimKind.Label,
            ["is_judgement"] = c.ClaimKind.IsJudgement,
            ["is_key"] = isKey,
            ["confidence"] = c.Confidence?.Level.Name,
            ["confidence_rank"] = c.Confidence?.Level.Rank,
            ["confidence_words"] = c.Confidence is { } conf ? conf.Level.Label + " confidence" : "Confidence not stated",
            ["confidence_score"] = c.Confidence?.Score,
            ["likelihood"] = c.Likelihood?.Name,
            ["likelihood_words"] = c.Likelihood?.Label,
            ["likelihood_range"] = c.Likelihood?.Range,
            ["credibility"] = c.Credibility?.Grade,
            ["credibility_words"] = c.Credibility?.Description,
            ["action"] = c.Action?.Name,
            ["count_words"] = count?.Words,
            ["count_digits"] = count?.Digits,
            ["amount_words"] = money?.Words,
            ["amount_digits"] = money?.Digits,
            ["withdrawn"] = c.IsWithdrawn,
            ["superseded_by"] = c.SupersededBy is { } by ? claimRef(by) : null,
            ["supersedes"] = new ScriptArray(supersedes.Select(claimRef)),
            ["revisions"] = new ScriptArray(refs.RevisionsOf(c).Select(revisionRef)),
            ["actors"] = ArrayOf(actors, a => a.DisplayName),
            ["targets"] = ArrayOf(targets, t => t.DisplayName),
            ["sources"] = ArrayOf(c.Sources, sourceRef),
            ["first_seen"] = firstSeen,
            ["last_seen"] = lastSeen,
            ["techniques"] = ArrayOf(techniques.Length > 1 ? [.. techniques.Distinct()] : techniques, t => new ScriptObject(2) { ["id"] = t.Id, ["name"] = t.DisplayName }),
            ["vulnerabilities"] = ArrayOf(vulnerabilities, v => new ScriptObject(2) { ["id"] = v.Name, ["name"] = v.Cve ?? v.DisplayName }),
            ["software"] = ArrayOf(software, s => new ScriptObject(2) { ["id"] = s.Name, ["name"] = s.DisplayName }),
            ["indicators"] = ArrayOf(indicators, i => new ScriptObject(3) { ["id"] = i.Name, ["kind"] = i.IndicatorKind?.Label, ["defanged"] = Defanged(i) }),
        };
    }

    /// <summary>The release named in the ATT&amp;CK section: "MITRE ATT&amp;CK® Enterprise 18.1".</summary>
    private static ScriptObject AttackRelease()
    {
        var catalog = AttackCatalog.Enterprise;
        return new ScriptObject(3)
        {
            ["title"] = $"MITRE ATT&CK® {catalog.DomainName} {catalog.Version}",
            ["version"] = catalog.Version,
            ["url"] = AttackLinks.Home,
        };
    }

    /// <summary>
    /// The techniques the claims cite, grouped under the first tactic (in matrix order) each serves,
    /// the groups in matrix order and the techniques in each by ID; a technique appears once, with
    /// its other tactics named. Techniques without a tactic (withdrawn from the matrix) come last.
    /// </summary>
    private static ScriptArray TechniqueGroups(IReadOnlyList<AttackTechnique> cited, BriefingCrossReferences refs, Func<ClaimSymbol, ScriptObject> claimRef)
    {
        var groups = cited
            .GroupBy(t => t.Tactics.IsEmpty ? null : t.Tactics.MinBy(a => a.Order))
            .OrderBy(g => g.Key is null ? int.MaxValue : g.Key.Order);
        var result = new ScriptArray();
        foreach (var group in groups)
        {
            var tactic = group.Key;
            result.Add(new ScriptObject(4)
            {
                ["tactic_id"] = tactic?.Id,
                ["tactic_name"] = tactic?.Name,
                ["tactic_url"] = tactic is null ? null : AttackLinks.Tactic(tactic),
                ["techniques"] = new ScriptArray(group.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => new ScriptObject(6)
                {
                    ["id"] = t.Id,
                    ["name"] = t.DisplayName,
                    ["url"] = AttackLinks.Url(t),
                    ["other_tactics"] = new ScriptArray(t.Tactics.Where(a => a != tactic).OrderBy(a => a.Order).Select(a => a.Name)),
                    ["withdrawn"] = Withdrawn(t),
                    ["claims"] = CitedIn(refs.ClaimsCiting(t), claimRef),
                })),
            });
        }

        return result;
    }

    /// <summary>Why ATT&amp;CK no longer lists an object (INC2012 warns about it), or null when it is current.</summary>
    private static string? Withdrawn(AttackObject value) =>
        value.IsRevoked ? "revoked in ATT&CK" + (value.RevokedBy is { } by ? "; replaced by " + by : string.Empty)
        : value.IsDeprecated ? "deprecated in ATT&CK" : null;

    private static ScriptObject? AttackRef(AttackObject? value) => value is null ? null : new ScriptObject(4)
    {
        ["id"] = value.Id,
        ["name"] = value.DisplayName,
        ["url"] = AttackLinks.Url(value),
        ["withdrawn"] = Withdrawn(value),
    };

    private static ScriptArray CitedIn(IEnumerable<ClaimSymbol> claims, Func<ClaimSymbol, ScriptObject> claimRef) => new(claims.Select(claimRef));

    /// <summary>The only form of an indicator the briefing shows: defanged (never its live value).</summary>
    private static string Defanged(IndicatorSymbol i) =>
        i.IndicatorKind is { } kind && i.Value is { } value ? Defanging.Defang(kind, value) : string.Empty;

    private static ScriptObject Vulnerability(VulnerabilitySymbol v, ScriptArray citedIn, Func<SourceSymbol, ScriptObject> sourceRef)
    {
        var severity = v.Cvss is { } score ? CvssSeverity.Of(score) : null;
        return new ScriptObject(16)
        {
            ["id"] = v.Name,
            ["cve"] = v.Cve,
            ["cve_url"] = v.Cve is { } cve ? "https://www.cve.org/CVERecord?id=" + cve : null,
            ["name"] = v.Title,
            ["label"] = v.DisplayName,
            ["product"] = v.Product,
            ["versions"] = v.Versions,
            ["cvss"] = v.Cvss?.ToString("0.0", CultureInfo.InvariantCulture),
            ["severity"] = severity?.Words,
            ["severity_rank"] = severity?.Rank,
            ["exploited"] = v.Exploited,
            ["exploited_words"] = v.Exploited switch { true => "Yes", false => "No", null => "Unknown" },
            ["published"] = v.Published?.Display,
            ["published_iso"] = v.Published?.Iso,
            ["sources"] = new ScriptArray(v.Sources.Select(sourceRef)),
            ["claims"] = citedIn,
        };
    }

    private static ScriptObject Software(SoftwareSymbol s, ScriptArray citedIn) => new(7)
    {
        ["id"] = s.Name,
        ["name"] = s.DisplayName,
        ["kind"] = VocabularyValue.Words(s.Definition.Keyword),
        ["malware_kind"] = (s as MalwareSymbol)?.MalwareKind?.Label,
        ["aliases"] = new ScriptArray(s.Aliases),
        ["attack"] = AttackRef(s.AttackSoftware),
        ["claims"] = citedIn,
    };

    private static ScriptObject Indicator(IndicatorSymbol i, int number, ScriptArray citedIn, Func<SourceSymbol, ScriptObject> sourceRef) => new(16)
    {
        ["id"] = i.Name,
        ["label"] = IndicatorLabel(number),
        ["kind"] = i.IndicatorKind?.Label,
        ["defanged"] = Defanged(i),
        ["first_seen"] = i.FirstSeen?.Display,
        ["first_seen_iso"] = i.FirstSeen?.Iso,
        ["last_seen"] = i.LastSeen?.Display,
        ["last_seen_iso"] = i.LastSeen?.Iso,
        ["confidence"] = i.Confidence?.Level.Name,
        ["confidence_words"] = i.Confidence?.Level.Label,
        ["confidence_score"] = i.Confidence?.Score,
        ["software"] = new ScriptArray(i.Software.Select(s => new ScriptObject(2) { ["id"] = s.Name, ["name"] = s.DisplayName })),
        ["actors"] = new ScriptArray(i.Actors.Select(a => new ScriptObject(2) { ["id"] = a.Name, ["name"] = a.DisplayName })),
        ["sources"] = new ScriptArray(i.Sources.Select(sourceRef)),
        ["note"] = Paragraphs(i.Note),
        ["claims"] = citedIn,
    };

    /// <summary>A party, with the statements it made (<c>statements</c>, in statement order).</summary>
    private static ScriptObject Party(PartySymbol p, ScriptArray statements) => new(9)
    {
        ["id"] = p.Name,
        ["name"] = p.DisplayName,
        ["kind"] = p.PartyKind.Label,
        ["role"] = p.Role,
        ["affiliation"] = p.Affiliation?.DisplayName,
        ["country"] = p.Country,
        ["country_name"] = p.Country is { } c ? CountryCodes.Names[c] : null,
        ["statements"] = statements,
    };

    /// <summary>An actor, with the standing claims that name it (<c>claims</c>, in page order).</summary>
    private static ScriptObject Actor(ActorSymbol a, ScriptArray namedIn) => new(10)
    {
        ["id"] = a.Name,
        ["name"] = a.DisplayName,
        ["kind"] = a.ActorKind.Label,
        ["aliases"] = new ScriptArray(a.Aliases),
        ["country"] = a.Country,
        ["country_name"] = a.Country is { } c ? CountryCodes.Names[c] : null,
        ["motive"] = a.Motive?.Label,
        ["attack"] = AttackRef(a.AttackGroup),
        ["claims"] = namedIn,
    };

    /// <summary>A target, with the standing claims that name it (<c>claims</c>, in page order).</summary>
    private static ScriptObject Target(TargetSymbol t, ScriptArray namedIn) => new(8)
    {
        ["id"] = t.Name,
        ["name"] = t.DisplayName,
        ["kind"] = t.TargetKind.Label,
        ["sector"] = t.Sector?.Label,
        ["country"] = t.Country,
        ["country_name"] = t.Country is { } c ? CountryCodes.Names[c] : null,
        ["claims"] = namedIn,
    };

    private static ScriptObject Statement(StatementSymbol s, int number, Func<SourceSymbol, ScriptObject> sourceRef, Func<ClaimSymbol, ScriptObject> claimRef) => new(19)
    {
        ["id"] = s.Name,
        ["number"] = number,
        ["label"] = "S" + number.ToString(CultureInfo.InvariantCulture),
        ["by"] = s.By?.DisplayName,
        ["by_role"] = (s.By as PartySymbol)?.Role,
        ["by_party"] = (s.By as PartySymbol)?.Name,
        ["via"] = s.Via is { } via ? sourceRef(via) : null,
        ["quote"] = Paragraphs(s.Quote),
        ["text"] = Paragraphs(s.Text),
        ["stance"] = s.Stance.Name,
        ["stance_words"] = s.Stance.Label,
        ["is_denial"] = s.Stance.IsDenial,
        ["is_confirmation"] = s.Stance.IsConfirmation,
        ["is_dispute"] = s.Stance.IsDispute,
        ["is_retraction"] = s.Stance.IsRetraction,
        ["is_correction"] = s.Stance.IsCorrection,
        ["regarding"] = new ScriptArray(s.Regarding.Select(claimRef)),
        ["date"] = s.Date?.Display,
        ["date_iso"] = s.Date?.Iso,
    };

    private static string IndicatorLabel(int number) => "I" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// How the statements about a claim answer it, one row per kind of answer (denied, disputed,
    /// confirmed, commented on, corrected, retracted), each naming every speaker once with the
    /// numbers and dates of what they said.
    /// </summary>
    private static ScriptArray Responses(IReadOnlyList<StatementSymbol> about, BriefingCrossReferences refs)
    {
        var rows = new (string Words, string Class)[]
        {
            ("Denied by", "full deny"), ("Disputed by", "full dispute"), ("Confirmed by", "full confirm"),
            ("Comment by", "full"), ("Corrected by", "full correct"), ("Retracted by", "full retract"),
        };
        var result = new ScriptArray();
        for (var row = 0; row < rows.Length; row++)
        {
            var these = about.Where(s => Row(s) == row).ToList();
            if (these.Count > 0)
            {
                result.Add(new ScriptObject(5) { ["words"] = rows[row].Words, ["class"] = rows[row].Class, ["parties"] = BySpeaker(these, refs) });
            }
        }

        return result;

        static int Row(StatementSymbol s) =>
            s.Stance.IsDenial ? 0 : s.Stance.IsDispute ? 1 : s.Stance.IsRetraction ? 5 : s.Stance.IsCorrection ? 4 : s.Stance.IsConfirmation ? 2 : 3;
    }

    /// <summary>Statements grouped by who made them, each speaker once (in order of their first statement) with their statements' numbers and dates.</summary>
    private static ScriptArray BySpeaker(IEnumerable<StatementSymbol> statements, BriefingCrossReferences refs) =>
        new(statements.GroupBy(s => (object?)s.By ?? s).Select(g => new ScriptObject(3)
        {
            ["name"] = g.First().By?.DisplayName,
            ["count"] = g.Count(),
            ["statements"] = new ScriptArray(g.Select(s => new ScriptObject(4)
            {
                ["id"] = s.Name,
                ["label"] = "S" + refs.StatementNumber(s).ToString(CultureInfo.InvariantCulture),
                ["date"] = s.Date?.Display,
                ["date_iso"] = s.Date?.Iso,
            })),
        }));

    /// <summary>
    /// Everything on the page that cites each source, in page order: actions (R), claims (KJ, J, F, A, W),
    /// statements made by it or reported through it (S), events (E), vulnerabilities (by CVE) and indicators (I).
    /// One pass over each list; an item that names a source twice cites it once.
    /// </summary>
    private static Dictionary<SourceSymbol, ScriptArray> SourceUses(
        IReadOnlyList<EventSymbol> events,
        IReadOnlyList<RecommendationSymbol> actions,
        IReadOnlyList<ClaimSymbol> claims,
        Dictionary<ClaimSymbol, string> labels,
        IReadOnlyList<StatementSymbol> statements,
        IncidentParticipants participants)
    {
        var uses = new Dictionary<SourceSymbol, ScriptArray>();
        void Use(IEnumerable<SourceSymbol?> sources, string href, string label)
        {
            foreach (var source in sources.Distinct())
            {
                if (source is null)
                {
                    continue;
                }

                if (!uses.TryGetValue(source, out var list))
                {
                    list = [];
                    uses[source] = list;
                }

                list.Add(new ScriptObject(2) { ["href"] = href, ["label"] = label });
            }
        }

        for (var i = 0; i < actions.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            Use(actions[i].Sources, "#action-" + number, "R" + number);
        }

        foreach (var c in claims)
        {
            Use(c.Sources, "#claim-" + c.Name, labels[c]);
        }

        for (var i = 0; i < statements.Count; i++)
        {
            Use([statements[i].Via, statements[i].By as SourceSymbol], "#statement-" + statements[i].Name, "S" + (i + 1).ToString(CultureInfo.InvariantCulture));
        }

        for (var i = 0; i < events.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            Use(events[i].Sources, "#event-" + number, "E" + number);
        }

        foreach (var v in participants.Vulnerabilities)
        {
            Use(v.Sources, "#vulnerability-" + v.Name, v.Cve ?? v.DisplayName);
        }

        for (var i = 0; i < participants.Indicators.Length; i++)
        {
            Use(participants.Indicators[i].Sources, "#indicator-" + participants.Indicators[i].Name, IndicatorLabel(i + 1));
        }

        return uses;
    }

    private static ScriptObject Source(SourceSymbol s, int number) => new(13) // and the two "uses" members the caller adds
    {
        ["number"] = number,
        ["id"] = s.Name,
        ["name"] = s.DisplayName,
        ["kind"] = s.SourceKind?.Label,
        ["grade"] = s.Reliability.Name,
        ["grade_label"] = s.Reliability.Description,
        ["published"] = s.Published?.Display,
        ["published_iso"] = s.Published?.Iso,
        ["url"] = s.Url,
        ["note"] = Paragraphs(s.Note),
        ["reference"] = s.Reference,
    };
}
