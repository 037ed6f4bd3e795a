using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>
/// The language's schema as data (docs/language.md): every declaration kind and its properties
/// (<see cref="IncidentProperties"/>, <see cref="ClaimProperties"/>, …), whose vocabularies
/// (<see cref="Vocabularies"/>) carry the structured facts the emitters use. The binder, the
/// analyzers, the emitters, completion, hover and the generated docs all read this one table.
/// </summary>
public static class LanguageSchema
{
    public static DeclarationDefinition Incident { get; } = new(
        DeclarationKind.Incident, "An incident report: the unit of output (one briefing, one JSON file, one STIX bundle).", allowedAtTopLevel: true, IncidentProperties.All);

    public static DeclarationDefinition Source { get; } = new(
        DeclarationKind.Source, "Where information came from: an article, an advisory, a statement.", allowedAtTopLevel: true, SourceProperties.All);

    public static DeclarationDefinition Actor { get; } = new(
        DeclarationKind.Actor, "Who did it, or who is said to have done it.", allowedAtTopLevel: true, ActorProperties.All);

    public static DeclarationDefinition Target { get; } = new(
        DeclarationKind.Target, "Who or what was targeted.", allowedAtTopLevel: true, TargetProperties.All);

    public static DeclarationDefinition Claim { get; } = new(
        DeclarationKind.Claim, "An assertion the report makes, with its sources and the analyst's confidence.", allowedAtTopLevel: false, ClaimProperties.All);

    public static DeclarationDefinition Statement { get; } = new(
        DeclarationKind.Statement, "Something a party said: a confirmation, a denial, a comment.", allowedAtTopLevel: false, StatementProperties.All);

    public static DeclarationDefinition Event { get; } = new(
        DeclarationKind.Event, "An entry of the incident's timeline.", allowedAtTopLevel: false, EventProperties.All, requiresName: false);

    public static DeclarationDefinition Party { get; } = new(
        DeclarationKind.Party, "A person or organisation that speaks or acts but is neither actor nor target.", allowedAtTopLevel: true, PartyProperties.All);

    public static DeclarationDefinition Malware { get; } = new(
        DeclarationKind.Malware, "Malicious software: ransomware, a backdoor, a web shell…", allowedAtTopLevel: true, MalwareProperties.All);

    public static DeclarationDefinition Tool { get; } = new(
        DeclarationKind.Tool, "Legitimate software an attacker used, e.g. Mimikatz or PsExec.", allowedAtTopLevel: true, ToolProperties.All);

    public static DeclarationDefinition Vulnerability { get; } = new(
        DeclarationKind.Vulnerability, "A vulnerability, usually with its CVE ID.", allowedAtTopLevel: true, VulnerabilityProperties.All);

    public static DeclarationDefinition Indicator { get; } = new(
        DeclarationKind.Indicator, "An indicator of compromise: an address, a domain, a URL, a hash, a file name…", allowedAtTopLevel: true, IndicatorProperties.All);

    public static DeclarationDefinition Recommendation { get; } = new(
        DeclarationKind.Recommendation, "An action for defenders.", allowedAtTopLevel: false, RecommendationProperties.All, requiresName: false);

    public static DeclarationDefinition Revision { get; } = new(
        DeclarationKind.Revision, "An entry in the report's change history: what changed and why.", allowedAtTopLevel: false, RevisionProperties.All, requiresName: false);

    public static ImmutableArray<DeclarationDefinition> All { get; } = [Incident, Source, Actor, Target, Claim, Statement, Event, Party, Malware, Tool, Vulnerability, Indicator, Recommendation, Revision];

    // Indexed by the kind: All is in DeclarationKind's order (LanguageSchemaTests).
    public static DeclarationDefinition Get(DeclarationKind kind) => All[(int)kind];

    public static string DescribeKinds(ImmutableArray<DeclarationKind> kinds, bool plural)
    {
        var words = kinds.Select(k => SyntaxFacts.GetKeywordText(k)).Select(w => plural ? w + "s" : Article(w) + w).ToList();
        return words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];
    }

    public static string Article(string word) => "aeiou".Contains(word[0]) ? "an " : "a ";
}
