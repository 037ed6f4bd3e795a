using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>A <c>revision</c>: an entry in the report's change history (the name is optional).</summary>
public sealed class RevisionSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Revision;

    public DateValue? Date => GetDate(RevisionProperties.Date);

    public string Text => GetString(RevisionProperties.Text) ?? string.Empty;

    public ImmutableArray<ClaimSymbol> Claims => GetReferences<ClaimSymbol>(RevisionProperties.Claims);
}
