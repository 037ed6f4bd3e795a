using System.Buffers;
using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.LanguageServer.Handlers;

/// <summary>
/// Semantic tokens from the tree and the bound model: keywords, property names, strings,
/// numbers and dates, references (by what they resolve to), vocabulary values, declared names,
/// comments. Multi-line tokens are split per line.
/// </summary>
public static class SemanticTokensHandler
{
    public static ImmutableArray<string> TokenTypes { get; } = ["keyword", "property", "string", "number", "enumMember", "variable", "type", "comment", "class", "namespace", "event"];

    public static ImmutableArray<string> TokenModifiers { get; } = ["declaration", "readonly"];

    private const int Keyword = 0, Property = 1, String = 2, Number = 3, EnumMember = 4, Variable = 5, Type = 6, Comment = 7, Class = 8, Namespace = 9;

    /// <summary>The document's tokens as LSP encodes them: five integers per token (line and character relative to the token before, length, type, modifiers).</summary>
    public static ImmutableArray<int> Tokens(DocumentSnapshot snapshot)
    {
        // One pass in text order: a token's leading comments, the token, its trailing comments. Positions only grow, so the
        // line of each is found by moving forward from the previous one, not by a search per token.
        var writer = new Writer(snapshot.Text);
        var model = snapshot.SemanticModel;
        foreach (var token in snapshot.Tree.Root.DescendantTokens())
        {
            AddComments(ref writer, token.LeadingTrivia);
            if (!token.IsMissing && token.Text.Length > 0 && Classify(model, token) is { } c)
            {
                writer.Add(token.Span, c.Type, c.Modifiers);
            }

            AddComments(ref writer, token.TrailingTrivia);
        }

        return writer.ToImmutable();
    }

    /// <summary>
    /// The edits that turn <paramref name="previous"/> into <paramref name="current"/>: none when they are equal, else one edit
    /// replacing what lies between their common prefix and common suffix, in whole tokens. Tokens are encoded relative to the one before, so an
    /// edit of the text changes the integers around it only.
    /// </summary>
    public static ImmutableArray<SemanticTokensEdit> Edits(ImmutableArray<int> previous, ImmutableArray<int> current)
    {
        var before = previous.AsSpan();
        var after = current.AsSpan();
        var prefix = before.CommonPrefixLength(after);
        if (prefix == before.Length && prefix == after.Length)
        {
            return [];
        }

        // Whole tokens (five integers each) on both sides, so that a client splicing its token array sees tokens, not halves.
        prefix -= prefix % 5;
        var limit = Math.Min(before.Length, after.Length) - prefix;
        var suffix = 0;
        while (suffix < limit && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        suffix -= suffix % 5;

        var inserted = after[prefix..^suffix];
        return [new SemanticTokensEdit(prefix, before.Length - prefix - suffix, [.. inserted])];
    }

    /// <summary>The comments of a token's trivia, read as a span (not through LINQ: a boxed list and enumerators per token).</summary>
    private static void AddComments(ref Writer writer, SyntaxTriviaList trivia)
    {
        foreach (var item in trivia.AsSpan())
        {
            if (SyntaxFacts.IsComment(item.Kind))
            {
                writer.Add(item.Span, Comment, 0);
            }
        }
    }

    /// <summary>
    /// Encodes spans given in text order as LSP's relative integers, one entry per line of a multi-line span, into a pooled buffer:
    /// the data of a large report (220,000 integers for 2,000 claims) is copied once, into the result, and its buffer is not fresh
    /// memory on every request.
    /// </summary>
    private struct Writer(SourceText text)
    {
        private int[] _data = ArrayPool<int>.Shared.Rent(Math.Max(1024, text.Length / 3));
        private int _count;
        private int _line;
        private int _lineStart;
        private int _nextLineStart = text.LineCount > 1 ? text.GetLineStart(1) : int.MaxValue;
        private int _previousLine;
        private int _previousChar;

        public void Add(TextSpan span, int type, int modifiers)
        {
            MoveTo(span.Start);
            while (true)
            {
                var lineEnd = text.GetLineSpan(_line).End;
                var start = Math.Max(span.Start, _lineStart);
                var end = Math.Min(span.End, lineEnd);
                if (end > start)
                {
                    var character = start - _lineStart;
                    if (_count + 5 > _data.Length)
                    {
                        Grow();
                    }

                    _data[_count] = _line - _previousLine;
                    _data[_count + 1] = _line == _previousLine ? character - _previousChar : character;
                    _data[_count + 2] = end - start;
                    _data[_count + 3] = type;
                    _data[_count + 4] = modifiers;
                    _count += 5;
                    _previousLine = _line;
                    _previousChar = character;
                }

                if (span.End <= _nextLineStart)
                {
                    return;
                }

                MoveTo(_nextLineStart);
            }
        }

        /// <summary>The data written, as the result; returns the buffer to the pool (the writer is not used after).</summary>
        public ImmutableArray<int> ToImmutable()
        {
            var result = ImmutableArray.Create(_data, 0, _count);
            ArrayPool<int>.Shared.Return(_data);
            _data = [];
            return result;
        }

        private void Grow()
        {
            var larger = ArrayPool<int>.Shared.Rent(_data.Length * 2);
            _data.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<int>.Shared.Return(_data);
            _data = larger;
        }

        private void MoveTo(int position)
        {
            while (position >= _nextLineStart)
            {
                _line++;
                _lineStart = _nextLineStart;
                _nextLineStart = _line + 1 < text.LineCount ? text.GetLineStart(_line + 1) : int.MaxValue;
            }
        }
    }

    private static (int Type, int Modifiers)? Classify(SemanticModel model, SyntaxToken token)
    {
        if (token.Parent is PropertySyntax p && p.Name == token)
        {
            return (Property, 0);
        }

        if (SyntaxFacts.IsKeyword(token.Kind))
        {
            return (Keyword, 0);
        }

        switch (token.Kind)
        {
            case SyntaxKind.StringLiteralToken:
                return (String, 0);
            case SyntaxKind.DateLiteralToken or SyntaxKind.IntegerLiteralToken:
                return (Number, 0);
            case SyntaxKind.IdentifierToken when token.Parent is DeclarationSyntax declaration:
                return (KindType(declaration.DeclarationKind), 1);
            case SyntaxKind.IdentifierToken:
                var info = model.GetSymbolInfo(token);
                return info.Symbol is { } symbol ? (KindType(symbol.Kind), 0)
                    : info.Value?.Value is VocabularyValue or Confidence or string ? (EnumMember, 2)
                    : (Variable, 0);
            default:
                return null;
        }
    }

    private static int KindType(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Incident => Namespace,
        DeclarationKind.Actor => Class,
        DeclarationKind.Event => 10,
        _ => Type,
    };
}
