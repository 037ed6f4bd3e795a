using System.Collections.Immutable;
using System.Text;
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
    private readonly List<IToken> _tokens;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<int, SyntaxToken> _placed = [];
    private int _cursor;

    public ParseTreeConverter(SourceText text, List<IToken> tokens, List<Diagnostic> diagnostics)
    {
        _text = text;
        _tokens = tokens;
        _diagnostics = diagnostics;
    }

    public CompilationUnitSyntax Convert(IncidentParser.CompilationUnitContext tree)
    {
        var placed = new bool[_tokens.Count];
        CollectPlaced(tree, placed);
        placed[_tokens.Count - 1] = true; // EOF always carries the final trivia
        BuildTokens(placed);

        var declarations = ImmutableArray.CreateBuilder<DeclarationSyntax>();
        foreach (var child in Children(tree))
        {
            if (child is IncidentParser.DeclarationContext declaration)
            {
                declarations.Add(ConvertDeclaration(declaration));
            }
        }

        var eof = _placed[_tokens.Count - 1];
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

    // ------------------------------------------------------------------ tokens and trivia

    private void BuildTokens(bool[] placed)
    {
        var leading = new List<SyntaxTrivia>();
        var trailing = new List<SyntaxTrivia>();
        var next = 0;
        for (var index = 0; index < placed.Length; index++)
        {
            if (!placed[index])
            {
                continue;
            }

            leading.Clear();
            trailing.Clear();
            for (; next < index; next++)
            {
                next = AddTrivia(next, leading);
            }

            next = index + 1;
            if (_tokens[index].Type != TokenConstants.EOF)
            {
                while (next < _tokens.Count && !placed[next] && _tokens[next].Type is IncidentLexer.WS or IncidentLexer.LINE_COMMENT or IncidentLexer.BLOCK_COMMENT
                       && !ContainsLineBreak(_tokens[next]))
                {
                    next = AddTrivia(next, trailing) + 1;
                }

                if (next < _tokens.Count && !placed[next] && _tokens[next].Type == IncidentLexer.NEWLINE)
                {
                    next = AddTrivia(next, trailing) + 1;
                }
            }

            _placed[index] = CreateToken(_tokens[index], ToImmutable(leading), ToImmutable(trailing));
        }
    }

    private static ImmutableArray<SyntaxTrivia> ToImmutable(List<SyntaxTrivia> list) => list.Count == 0 ? [] : [.. list];

    private bool ContainsLineBreak(IToken token) =>
        _text.Text.AsSpan(token.StartIndex, token.StopIndex - token.StartIndex + 1).ContainsAny('\r', '\n');

    private string TextOf(IToken token) => _text.Text.Substring(token.StartIndex, token.StopIndex - token.StartIndex + 1);

    /// <summary>Adds the trivia for token <paramref name="index"/>; returns the last token index it covered.</summary>
    private int AddTrivia(int index, List<SyntaxTrivia> trivia)
    {
        var token = _tokens[index];
        switch (token.Type)
        {
            case IncidentLexer.WS:
                trivia.Add(new SyntaxTrivia(SyntaxKind.WhitespaceTrivia, token.StartIndex, TextOf(token)));
                return index;
            case IncidentLexer.NEWLINE:
                trivia.Add(new SyntaxTrivia(SyntaxKind.EndOfLineTrivia, token.StartIndex, TextOf(token)));
                return index;
            case IncidentLexer.LINE_COMMENT:
                trivia.Add(new SyntaxTrivia(SyntaxKind.SingleLineCommentTrivia, token.StartIndex, TextOf(token)));
                return index;
            case IncidentLexer.BLOCK_COMMENT:
                if (TextOf(token).Length < 4 || !TextOf(token).EndsWith("*/", StringComparison.Ordinal))
                {
                    _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.Unterminated, _text, new TextSpan(token.StartIndex, 2), "Unterminated block comment: no closing '*/' before the end of the file"));
                }

                trivia.Add(new SyntaxTrivia(SyntaxKind.MultiLineCommentTrivia, token.StartIndex, TextOf(token)));
                return index;
            case IncidentLexer.ERROR_CHAR:
                // A run of stray characters is one problem: one INC0001, one skipped trivia.
                var last = index;
                while (last + 1 < _tokens.Count && _tokens[last + 1].Type == IncidentLexer.ERROR_CHAR)
                {
                    last++;
                }

                var span = TextSpan.FromBounds(token.StartIndex, _tokens[last].StopIndex + 1);
                var text = _text.ToString(span);
                _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnexpectedCharacter, _text, span, $"Unexpected character '{Printable(text)}'"));
                trivia.Add(new SyntaxTrivia(SyntaxKind.SkippedTokensTrivia, span.Start, text));
                return last;
            default:
                trivia.Add(new SyntaxTrivia(SyntaxKind.SkippedTokensTrivia, token.StartIndex, TextOf(token)));
                return index;
        }
    }

    private static string Printable(string text)
    {
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.SpaceSeparator)
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    private SyntaxToken CreateToken(IToken token, ImmutableArray<SyntaxTrivia> leading, ImmutableArray<SyntaxTrivia> trailing)
    {
        var kind = KindOf(token.Type);
        if (kind == SyntaxKind.EndOfFileToken)
        {
            return new SyntaxToken(kind, _text.Length, string.Empty, null, leading, trailing);
        }

        var span = TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
        var text = _text.ToString(span);
        LiteralDecoder.Result result = token.Type switch
        {
            IncidentLexer.STRING when text[0] != '"' => LiteralDecoder.DecodeTypographicString(_text, span, _diagnostics),
            IncidentLexer.STRING => LiteralDecoder.DecodeString(_text, span, _diagnostics),
            IncidentLexer.TRIPLE_STRING => LiteralDecoder.DecodeTripleString(_text, span, _diagnostics),
            IncidentLexer.DATE => LiteralDecoder.DecodeDate(_text, span, _diagnostics),
            IncidentLexer.INT => LiteralDecoder.DecodeInteger(_text, span, _diagnostics),
            IncidentLexer.DECIMAL => LiteralDecoder.DecodeDecimal(_text, span, _diagnostics),
            _ => new LiteralDecoder.Result(kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(kind) ? text : null, false),
        };
        return new SyntaxToken(kind, span.Start, text, result.Value, leading, trailing) { HasLiteralError = result.HasError };
    }

    internal static SyntaxKind KindOf(int type) => type switch
    {
        TokenConstants.EOF => SyntaxKind.EndOfFileToken,
        IncidentLexer.IDENT => SyntaxKind.IdentifierToken,
        IncidentLexer.STRING or IncidentLexer.TRIPLE_STRING => SyntaxKind.StringLiteralToken,
        IncidentLexer.DATE => SyntaxKind.DateLiteralToken,
        IncidentLexer.INT => SyntaxKind.IntegerLiteralToken,
        IncidentLexer.DECIMAL => SyntaxKind.DecimalLiteralToken,
        IncidentLexer.LBRACE => SyntaxKind.OpenBraceToken,
        IncidentLexer.RBRACE => SyntaxKind.CloseBraceToken,
        IncidentLexer.LBRACKET => SyntaxKind.OpenBracketToken,
        IncidentLexer.RBRACKET => SyntaxKind.CloseBracketToken,
        IncidentLexer.COLON => SyntaxKind.ColonToken,
        IncidentLexer.COMMA => SyntaxKind.CommaToken,
        IncidentLexer.INCIDENT => SyntaxKind.IncidentKeyword,
        IncidentLexer.SOURCE => SyntaxKind.SourceKeyword,
        IncidentLexer.ACTOR => SyntaxKind.ActorKeyword,
        IncidentLexer.TARGET => SyntaxKind.TargetKeyword,
        IncidentLexer.CLAIM => SyntaxKind.ClaimKeyword,
        IncidentLexer.STATEMENT => SyntaxKind.StatementKeyword,
        IncidentLexer.EVENT => SyntaxKind.EventKeyword,
        IncidentLexer.PARTY => SyntaxKind.PartyKeyword,
        IncidentLexer.MALWARE => SyntaxKind.MalwareKeyword,
        IncidentLexer.TOOL => SyntaxKind.ToolKeyword,
        IncidentLexer.VULNERABILITY => SyntaxKind.VulnerabilityKeyword,
        IncidentLexer.INDICATOR => SyntaxKind.IndicatorKeyword,
        IncidentLexer.RECOMMENDATION => SyntaxKind.RecommendationKeyword,
        IncidentLexer.REVISION => SyntaxKind.RevisionKeyword,
        _ => SyntaxKind.None,
    };

    /// <summary>The placed token for a terminal, or null for tokens recovery skipped.</summary>
    private SyntaxToken? Terminal(ITerminalNode node)
    {
        var index = node.Symbol.TokenIndex;
        if (index < 0)
        {
            return Missing(KindOf(node.Symbol.Type));
        }

        if (!_placed.TryGetValue(index, out var token))
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
