using System.Collections.Frozen;
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
        DeclarationKind.Event, "An entry of the incident's timeline.", allowedAtTopLevel: false, EventProperties.All);

    public static ImmutableArray<DeclarationDefinition> All { get; } = [Incident, Source, Actor, Target, Claim, Statement, Event];

    private static readonly FrozenDictionary<DeclarationKind, DeclarationDefinition> ByKind = All.ToFrozenDictionary(d => d.Kind);

    public static DeclarationDefinition Get(DeclarationKind kind) => ByKind[kind];

    public static string DescribeKinds(ImmutableArray<DeclarationKind> kinds, bool plural)
    {
        var words = kinds.Select(k => SyntaxFacts.GetKeywordText(k)).Select(w => plural ? w + "s" : Article(w) + w).ToList();
        return words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];
    }

    public static string Article(string word) => "aeiou".Contains(word[0]) ? "an " : "a ";
}
