using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>A <c>claim</c>: an assertion the report makes.</summary>
public sealed class ClaimSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Claim;

    public string Text => GetString("text") ?? string.Empty;

    public ImmutableArray<ActorSymbol> Actors => GetReferences<ActorSymbol>("actors");

    public ImmutableArray<TargetSymbol> Targets => GetReferences<TargetSymbol>("targets");

    public ImmutableArray<SourceSymbol> Sources => GetReferences<SourceSymbol>("sources");

    public string? Action => GetEnum("action")?.Name;

    public Confidence? Confidence => GetProperty("confidence")?.Single?.Value as Confidence;

    public string? Likelihood => GetEnum("likelihood")?.Name;

    public int? Credibility => GetInteger("credibility");

    public DateValue? FirstSeen => GetDate("first-seen");

    public DateValue? LastSeen => GetDate("last-seen");
}
