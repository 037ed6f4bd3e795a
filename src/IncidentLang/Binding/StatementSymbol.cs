using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>A <c>statement</c>: something a party said.</summary>
public sealed class StatementSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Statement;

    /// <summary>The actor, target or source who said it.</summary>
    public Symbol? By => GetProperty(StatementProperties.By)?.Single?.Value as Symbol;

    public SourceSymbol? Via => GetProperty(StatementProperties.Via)?.Single?.Value as SourceSymbol;

    public string? Quote => GetString(StatementProperties.Quote);

    public string? Text => GetString(StatementProperties.Text);

    public StanceValue Stance => GetEnumOrDefault<StanceValue>(StatementProperties.Stance);

    public ImmutableArray<ClaimSymbol> Regarding => GetReferences<ClaimSymbol>(StatementProperties.Regarding);

    public DateValue? Date => GetDate(StatementProperties.Date);
}
