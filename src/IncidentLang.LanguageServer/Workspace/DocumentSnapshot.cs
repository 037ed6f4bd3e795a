using System.Collections.Frozen;
using IncidentLang.Binding;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.LanguageServer.Workspace;

/// <summary>A document and the compilation of its project at one moment. Immutable; cheap queries over the tree and symbols.</summary>
public sealed class DocumentSnapshot
{
    private readonly Lazy<FrozenDictionary<DeclarationSyntax, Symbol>> _symbolsBySyntax;

    public DocumentSnapshot(string uri, int version, SyntaxTree tree, Compilation compilation)
    {
        Uri = uri;
        Version = version;
        Tree = tree;
        Compilation = compilation;
        _symbolsBySyntax = new(() => compilation.Bound.AllSymbols.ToFrozenDictionary(s => s.Syntax, ReferenceEqualityComparer.Instance as IEqualityComparer<DeclarationSyntax>));
    }

    public string Uri { get; }

    public int Version { get; }

    public SyntaxTree Tree { get; }

    public SourceText Text => Tree.Text;

    public Compilation Compilation { get; }

    public Symbol? SymbolOf(DeclarationSyntax declaration) => _symbolsBySyntax.Value.GetValueOrDefault(declaration);

    /// <summary>The token whose text contains the position, or ends right at it (the word being typed).</summary>
    public SyntaxToken? TokenAt(int position)
    {
        SyntaxToken? touching = null;
        foreach (var token in Tree.Root.DescendantTokens())
        {
            if (token.IsMissing || token.Kind == SyntaxKind.EndOfFileToken)
            {
                continue;
            }

            if (token.Span.Contains(position))
            {
                return token;
            }

            if (token.Span.End == position)
            {
                touching = token;
            }

            if (token.Span.Start > position)
            {
                break;
            }
        }

        return touching;
    }

    /// <summary>What a name token denotes: the declared symbol, the referenced symbol, or the vocabulary value/country.</summary>
    public (Symbol? Symbol, BoundValue? Value, BoundProperty? Property) Resolve(SyntaxToken token)
    {
        switch (token.Parent)
        {
            case DeclarationSyntax declaration when declaration.Name == token:
                return (SymbolOf(declaration), null, null);
            case NameValueSyntax or LiteralValueSyntax:
                var value = (ValueSyntax)token.Parent;
                var property = value.Parent as PropertySyntax ?? (value.Parent as ListValueSyntax)?.Parent as PropertySyntax;
                if (property?.Parent is DeclarationSyntax owner && SymbolOf(owner) is { } symbol)
                {
                    var bound = symbol.Properties.Values.FirstOrDefault(p => p.Syntax == property);
                    var boundValue = bound?.Values.FirstOrDefault(v => v.Syntax == value);
                    return (boundValue?.Value as Symbol, boundValue, bound);
                }

                return (null, null, null);
            case PropertySyntax p when p.Name == token && p.Parent is DeclarationSyntax d && SymbolOf(d) is { } s:
                return (null, null, s.Properties.Values.FirstOrDefault(b => b.Syntax == p));
            default:
                return (null, null, null);
        }
    }

    public Protocol.LspRange RangeOf(TextSpan span) => RangeOf(Text, span);

    public static Protocol.LspRange RangeOf(SourceText text, TextSpan span)
    {
        var start = text.GetLinePosition(span.Start);
        var end = text.GetLinePosition(span.End);
        return new Protocol.LspRange(new Protocol.Position(start.Line, start.Character), new Protocol.Position(end.Line, end.Character));
    }

    public int PositionOf(Protocol.Position position) => Text.GetPosition(new LinePosition(position.Line, position.Character));
}
