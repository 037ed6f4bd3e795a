using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>An <c>event</c>: a timeline entry (the name is optional).</summary>
public sealed class EventSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Event;

    public DateValue? Date => GetDate("date");

    public string Text => GetString("text") ?? string.Empty;

    public ImmutableArray<SourceSymbol> Sources => GetReferences<SourceSymbol>("sources");
}
