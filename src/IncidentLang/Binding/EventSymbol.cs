using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>An <c>event</c>: a timeline entry (the name is optional).</summary>
public sealed class EventSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Event;

    public DateValue? Date => GetDate(EventProperties.Date);

    /// <summary>When the event ended; the event is a span from <see cref="Date"/> to here.</summary>
    public DateValue? End => GetDate(EventProperties.End);

    public string Text => GetString(EventProperties.Text) ?? string.Empty;

    public ImmutableArray<SourceSymbol> Sources => GetReferences<SourceSymbol>(EventProperties.Sources);
}
