using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax.Generated;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// Builds our immutable tree from ANTLR's parse tree. Tokens the parse tree places become
/// <see cref="SyntaxToken"/>s; every other lexed token (whitespace, line ends, comments, and
/// tokens skipped by recovery or by the depth guard) becomes trivia of the nearest placed token,
/// so the tree's text is the source text exactly. Tokens conjured by recovery become
/// zero-width missing tokens.
/// </summary>
internal sealed class ParseTreeConverter
{
    private readonly SourceText _text;
    private readonly List<LexedToken> _tokens;
    private readonly List<Diagnostic> _diagnostics;
    private SyntaxToken?[] _placed = [];
    private int _cursor;

    public ParseTreeConverter(SourceText text, List<IToken> tokens, List<Diagnostic> diagnostics)
        : this(text, tokens, diagnostics, endMarkerAt: null)
    {
    }

    /// <summary>
    /// With <paramref name="endMarkerAt"/>, the tokens are those of one member (<see cref="MemberReparser"/>): an end-of-file
    /// marker is added there, placed, so the member's last token takes its trailing trivia exactly as in the whole file.
    /// </summary>
    public ParseTreeConverter(SourceText text, List<IToken> tokens, List<Diagnostic> diagnostics, int? endMarkerAt)
    {
        _text = text;
        _tokens = new List<LexedToken>(tokens.Count + 1);
        foreach (var token in tokens)
        {
            _tokens.Add(new LexedToken(token.Type, token.StartIndex, token.StopIndex));
        }

        if (endMarkerAt is { } end)
        {
            _tokens.Add(new LexedToken(TokenConstants.EOF, end, end - 1));
        }

        _diagnostics = diagnostics;
    }

    /// <summary>After <see cref="ConvertMembers"/>: true when every token after the last member's last one was its trailing trivia.</summary>
    public bool EndMarkerHasNoTrivia => _placed[^1] is { LeadingTrivia.IsEmpty: true };

    /// <summary>
    /// Converts members parsed on their own (<c>member</c> or <c>declaration</c> contexts, in order) whose tokens, from the first
    /// one's full start to the end marker, this converter holds; <paramref name="cursor"/> is where the first member's full span
    /// starts (where a missing token before its first real one would be placed, as in the whole file's conversion). Null when a
    /// context holds no member.
    /// </summary>
    public ImmutableArray<MemberSyntax>? ConvertMembers(IReadOnlyList<ParserRuleContext> contexts, int cursor)
    {
        var placed = new bool[_tokens.Count];
        foreach (var context in contexts)
        {
            CollectPlaced(context, placed);
        }

        placed[_tokens.Count - 1] = true;
        _placed = SyntaxTokenBuilder.Build(_text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens), placed, _diagnostics);
        _cursor = cursor;
        var members = ImmutableArray.CreateBuilder<MemberSyntax>(contexts.Count);
        foreach (var context in contexts)
        {
            MemberSyntax? member = context switch
            {
                IncidentParser.MemberContext m => ConvertMember(m),
                IncidentParser.DeclarationContext d => ConvertDeclaration(d),
                _ => null,
            };
            if (member is null)
            {
                return null;
            }

            members.Add(member);
        }

        return members.MoveToImmutable();
    }

    public CompilationUnitSyntax Convert(IncidentParser.CompilationUnitContext tree)
    {
        var placed = new bool[_tokens.Count];
        CollectPlaced(tree, placed);
        placed[_tokens.Count - 1] = true; // EOF always carries the final trivia
        _placed = SyntaxTokenBuilder.Build(_text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens), placed, _diagnostics);

        var declarations = ImmutableArray.CreateBuilder<DeclarationSyntax>();
        foreach (var child in Children(tree))
        {
            if (child is IncidentParser.DeclarationContext declaration)
            {
                declarations.Add(ConvertDeclaration(declaration));
            }
        }

        var eof = _placed[_tokens.Count - 1]!;
        return new CompilationUnitSyntax(declarations.ToImmutable(), eof);
    }

    private static IEnumerable<IParseTree> Children(ParserRuleContext context) =>
        context.children is null ? [] : context.children;

    private static void CollectPlaced(IParseTree node, bool[] placed)
    {
        if (node is ITerminalNode terminal)
        {
            if (node is not IErrorNode && terminal.Symbol.TokenIndex >= 0)
            {
                placed[terminal.Symbol.TokenIndex] = true;
            }

            return;
        }

        for (var i = 0; i < node.ChildCount; i++)
        {
            CollectPlaced(node.GetChild(i), placed);
        }
    }

    internal static SyntaxKind KindOf(int type) => SyntaxTokenBuilder.KindOf(type);

    /// <summary>The placed token for a terminal, or null for tokens recovery skipped.</summary>
    private SyntaxToken? Terminal(ITerminalNode node)
    {
        var index = node.Symbol.TokenIndex;
        if (index < 0)
        {
            return Missing(KindOf(node.Symbol.Type));
        }

        if (_placed[index] is not { } token)
        {
            return null;
        }

        _cursor = token.FullSpan.End;
        return token;
    }

    private SyntaxToken Missing(SyntaxKind kind) => new(kind, _cursor, string.Empty, null, [], [], isMissing: true);

    // ------------------------------------------------------------------ nodes

    private DeclarationSyntax ConvertDeclaration(IncidentParser.DeclarationContext context)
    {
        SyntaxToken? keyword = null, name = null, open = null, close = null;
        var members = ImmutableArray.CreateBuilder<MemberSyntax>();
        foreach (var child in Children(context))
        {
            switch (child)
            {
                case IncidentParser.KeywordContext k:
                    keyword = FirstTerminal(k);
                    break;
                case ITerminalNode t when Terminal(t) is { } token:
                    switch (token.Kind)
                    {
                        case SyntaxKind.IdentifierToken when open is null && name is null: name = token; break;
                        case SyntaxKind.OpenBraceToken when open is null: open = token; break;
                        case SyntaxKind.CloseBraceToken: close = token; break;
                    }

                    break;
                case IncidentParser.MemberContext m:
                    keyword ??= Missing(SyntaxKind.EventKeyword);
                    open ??= Missing(SyntaxKind.OpenBraceToken);
                    if (ConvertMember(m) is { } member)
                    {
                        members.Add(member);
                    }

                    break;
            }
        }

        keyword ??= Missing(SyntaxKind.EventKeyword);
        open ??= Missing(SyntaxKind.OpenBraceToken);
        close ??= Missing(SyntaxKind.CloseBraceToken);
        return new DeclarationSyntax(keyword, name, open, members.ToImmutable(), close);
    }

    private MemberSyntax? ConvertMember(IncidentParser.MemberContext context)
    {
        foreach (var child in Children(context))
        {
            switch (child)
            {
                case IncidentParser.PropertyContext p:
                    return ConvertProperty(p);
                case IncidentParser.DeclarationContext d:
                    return ConvertDeclaration(d);
            }
        }

        return null;
    }

    private PropertySyntax ConvertProperty(IncidentParser.PropertyContext context)
    {
        SyntaxToken? name = null, colon = null;
        ValueSyntax? value = null;
        foreach (var child in Children(context))
        {
            switch (child)
            {
                case IncidentParser.PropertyNameContext n:
                    name = FirstTerminal(n);
                    break;
                case ITerminalNode t when Terminal(t) is { Kind: SyntaxKind.ColonToken } token:
                    colon = token;
                    break;
                case IncidentParser.ValueContext v:
                    name ??= Missing(SyntaxKind.IdentifierToken);
                    colon ??= Missing(SyntaxKind.ColonToken);
                    value = ConvertValue(v);
                    break;
            }
        }

        name ??= Missing(SyntaxKind.IdentifierToken);
        colon ??= Missing(SyntaxKind.ColonToken);
        value ??= new NameValueSyntax(Missing(SyntaxKind.IdentifierToken));
        return new PropertySyntax(name, colon, value);
    }

    private ValueSyntax ConvertValue(IncidentParser.ValueContext context)
    {
        foreach (var child in Children(context))
        {
            switch (child)
            {
                case IncidentParser.ListContext l:
                    return ConvertList(l);
                case ITerminalNode t when Terminal(t) is { } token:
                    return token.Kind == SyntaxKind.IdentifierToken ? new NameValueSyntax(token) : new LiteralValueSyntax(token);
            }
        }

        return new NameValueSyntax(Missing(SyntaxKind.IdentifierToken));
    }

    private ListValueSyntax ConvertList(IncidentParser.ListContext context)
    {
        SyntaxToken? open = null, close = null;
        var items = ImmutableArray.CreateBuilder<SyntaxNode>();
        foreach (var child in Children(context))
        {
            switch (child)
            {
                case ITerminalNode t when Terminal(t) is { } token:
                    switch (token.Kind)
                    {
                        case SyntaxKind.OpenBracketToken when open is null: open = token; break;
                        case SyntaxKind.CloseBracketToken: close = token; break;
                        case SyntaxKind.CommaToken: items.Add(token); break;
                    }

                    break;
                case IncidentParser.ValueContext v:
                    open ??= Missing(SyntaxKind.OpenBracketToken);
                    items.Add(ConvertValue(v));
                    break;
            }
        }

        open ??= Missing(SyntaxKind.OpenBracketToken);
        close ??= Missing(SyntaxKind.CloseBracketToken);
        return new ListValueSyntax(open, items.ToImmutable(), close);
    }

    private SyntaxToken FirstTerminal(ParserRuleContext context)
    {
        foreach (var child in Children(context))
        {
            if (child is ITerminalNode t && Terminal(t) is { } token)
            {
                return token;
            }

            if (child is ParserRuleContext nested)
            {
                return FirstTerminal(nested);
            }
        }

        return Missing(SyntaxKind.IdentifierToken);
    }
}
