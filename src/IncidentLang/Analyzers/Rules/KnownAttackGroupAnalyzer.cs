using System.Collections.Immutable;
using IncidentLang.Attack;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2014 (info): an actor whose <c>name</c> or one of its <c>aliases</c> equals, ignoring case, the
/// name or an alias of a current ATT&amp;CK group, and that has no <c>attack-id</c>. One diagnostic per
/// actor, on its name; with exactly one matching group the fix adds its ID, unless another actor of the same incident has
/// that ID already or matches that group too: one group's ID on two actors is a judgement for the analyst, not for
/// <c>inc check --fix</c>, so the message names the other actor. Catalog actors are not compared with each other: each is a
/// unit of its own in the incremental compilation, whose reused diagnostics may depend only on the unit and what it
/// references (docs/architecture.md, "Incremental compilation").
/// </summary>
internal sealed class KnownAttackGroupAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2014", "Actor known to ATT&CK has no attack-id", "{0}", DiagnosticSeverity.Info, DiagnosticCategory.Analytic,
        "MITRE ATT&CK tracks this group. Its `attack-id` links the actor to ATT&CK's record in the briefing, the JSON and the STIX bundle, so platforms can merge it with what they already know. The fix adds the ID when exactly one group matches and no other actor of the same incident has that ID or matches that group too: the message then names that actor, and which of them is the group is for the analyst to decide.",
        "actor prc-hackers { name: \"Salt Typhoon\" }", "actor prc-hackers { name: \"Salt Typhoon\" attack-id: G1045 }");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Actor);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var actor = (ActorSymbol)context.Symbol;
        if (actor.GetProperty(ActorProperties.AttackId) is not null
            || actor.GetProperty(ActorProperties.Name) is not { HasErrors: false } nameProperty
            || !SymbolAnalysisContext.IsClean(actor.GetProperty(ActorProperties.Aliases)))
        {
            return;
        }

        var written = NamesOf(actor);
        // Most actors are no ATT&CK group, and saying so needs only the groups' names, not the whole catalog.
        if (!written.Exists(AttackCatalog.IsEnterpriseGroupName))
        {
            return;
        }

        var groups = written.SelectMany(w => AttackCatalog.Enterprise.FindGroupsByName(w)).Distinct().OrderBy(g => g.Id, StringComparer.Ordinal).ToImmutableArray();
        if (groups.IsEmpty)
        {
            return;
        }

        // The name the author wrote that matched, so the message quotes the report ("Salt Typhoon is ATT&CK group G1045").
        var matched = written.First(w => !AttackCatalog.Enterprise.FindGroupsByName(w).IsEmpty);
        var message = AttackMessages.KnownGroups(matched, groups);
        DiagnosticFix? fix = null;
        if (groups.Length == 1)
        {
            var (holder, alsoMatching) = OtherActorsWith(actor, groups[0]);
            if (holder is not null)
            {
                message += $"; actor '{holder.Name}' has that attack-id already";
            }
            else if (alsoMatching is not null)
            {
                message += $"; actor '{alsoMatching.Name}' matches it too, so no attack-id is added to either";
            }
            else
            {
                fix = AddAttackId(actor, groups[0]);
            }
        }

        context.Report(Descriptor, nameProperty.Syntax.Value.Span, fix, message);
    }

    /// <summary>
    /// The first other actor of <paramref name="actor"/>'s incident whose <c>attack-id</c> is <paramref name="group"/>, and the
    /// first without an <c>attack-id</c> whose name or aliases match it (none for a catalog actor).
    /// </summary>
    private static (ActorSymbol? Holder, ActorSymbol? AlsoMatching) OtherActorsWith(ActorSymbol actor, AttackGroup group)
    {
        if (actor.Incident is not { } incident)
        {
            return (null, null);
        }

        ActorSymbol? alsoMatching = null;
        foreach (var other in incident.LocalActors)
        {
            if (ReferenceEquals(other, actor))
            {
                continue;
            }

            if (other.GetProperty(ActorProperties.AttackId) is { } attackId)
            {
                if (attackId.Single?.Value is AttackGroup held && held.Id == group.Id)
                {
                    return (other, null);
                }
            }
            else if (alsoMatching is null && Matches(other, group))
            {
                alsoMatching = other;
            }
        }

        return (null, alsoMatching);
    }

    private static bool Matches(ActorSymbol actor, AttackGroup group) =>
        NamesOf(actor).Any(name => AttackCatalog.Enterprise.FindGroupsByName(name).Contains(group));

    /// <summary>The names an actor is written with: its <c>name</c>, then its <c>aliases</c>.</summary>
    private static List<string> NamesOf(ActorSymbol actor) => [actor.DisplayName, .. actor.Aliases];

    /// <summary>Inserts <c>attack-id: G1045</c> on a line of its own after the actor's <c>name</c>, indented like it.</summary>
    private static DiagnosticFix AddAttackId(ActorSymbol actor, AttackGroup group)
    {
        var name = actor.GetProperty(ActorProperties.Name)!.Syntax;
        var text = actor.Tree.Text;
        var line = text.GetLineIndex(name.Span.Start);
        var lineText = text.ToString(text.GetLineSpan(line));
        var indentation = lineText[..(lineText.Length - lineText.TrimStart().Length)];
        var sameLine = text.GetLineIndex(actor.Syntax.OpenBrace.Span.Start) == line;
        var insertion = sameLine ? $" {ActorProperties.AttackId.Name}: {group.Id}" : $"\n{indentation}{ActorProperties.AttackId.Name}: {group.Id}";
        return DiagnosticFix.Insert($"Add attack-id: {group.Id} ({group.Name})", name.Span.End, insertion);
    }
}
