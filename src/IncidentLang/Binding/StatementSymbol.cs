using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>A <c>statement</c>: something a party said.</summary>
public sealed class StatementSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public override DeclarationKind Kind => DeclarationKind.Statement;

    /// <summary>The actor, target or source who said it.</summary>
    public Symbol? By => GetProperty("by")?.Single?.Value as Symbol;

    public SourceSymbol? Via => GetProperty("via")?.Single?.Value as SourceSymbol;

    public string? Quote => GetString("quote");

    public string? Text => GetString("text");

    public string Stance => GetEnumOrDefault("stance")!;

    public ImmutableArray<ClaimSymbol> Regarding => GetReferences<ClaimSymbol>("regarding");

    public DateValue? Date => GetDate("date");
}
