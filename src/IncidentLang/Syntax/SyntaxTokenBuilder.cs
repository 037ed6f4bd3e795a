using System.Collections.Immutable;
using System.Text;
using Antlr4.Runtime;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax.Generated;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// Turns lexed tokens into <see cref="SyntaxToken"/>s with trivia, for both parsers (the ANTLR one
/// through <see cref="ParseTreeConverter"/> and <see cref="ErrorFreeParser"/>). Tokens the parser
/// placed become tokens; every other token (whitespace, line ends, comments, and tokens skipped by
/// recovery or by the depth guard) becomes trivia of the nearest placed token: trailing trivia up to
/// and including the first line end, leading trivia of the next placed token after it. The token
/// after the last one (the end of the file) is always placed, so it carries the final trivia.
/// </summary>
internal static class SyntaxTokenBuilder
{
    /// <summary>
    /// The placed tokens: indexed like <paramref name="tokens"/> (null where a token became trivia), or, when
    /// <paramref name="compact"/>, only the placed ones in order (<paramref name="placedCount"/> of them).
    /// </summary>
    public static SyntaxToken?[] Build(SourceText text, ReadOnlySpan<LexedToken> tokens, bool[] placed, List<Diagnostic> diagnostics, bool compact = false, int placedCount = 0)
    {
        var result = new SyntaxToken?[compact ? placedCount : tokens.Length];
        var written = 0;
        var words = new HashSet<string>(StringComparer.Ordinal);
        var dates = new Dictionary<string, DateValue>(StringComparer.Ordinal);
        // Every token not placed becomes one trivia (a run of stray characters becomes one), so this count bounds the trivia
        // and one array of it holds them all, with no copy.
        var unplaced = 0;
        foreach (var isPlaced in placed)
        {
            unplaced += isPlaced ? 0 : 1;
        }

        var trivia = new TriviaBuffer(unplaced);
        var next = 0;
        for (var index = 0; index < placed.Length; index++)
        {
            if (!placed[index])
            {
                continue;
            }

            var start = trivia.Count;
            for (; next < index; next++)
            {
                next = AddTrivia(text, tokens, next, trivia, diagnostics);
            }

            var leadingCount = trivia.Count - start;
            next = index + 1;
            if (tokens[index].Type != TokenConstants.EOF)
            {
                while (next < tokens.Length && !placed[next] && tokens[next].Type is IncidentLexer.WS or IncidentLexer.LINE_COMMENT or IncidentLexer.BLOCK_COMMENT
                       && !ContainsLineBreak(text, tokens[next]))
                {
                    next = AddTrivia(text, tokens, next, trivia, diagnostics) + 1;
                }

                if (next < tokens.Length && !placed[next] && tokens[next].Type == IncidentLexer.NEWLINE)
                {
                    next = AddTrivia(text, tokens, next, trivia, diagnostics) + 1;
                }
            }

            result[compact ? written++ : index] = CreateToken(text, tokens[index], start, leadingCount, trivia.Count - start - leadingCount, diagnostics, words, dates);
        }

        // One array holds the trivia of every token of the file; each token sees its part (SyntaxTriviaList).
        if (trivia.Count > 0)
        {
            foreach (var token in result)
            {
                token?.AttachTrivia(trivia.Items);
            }
        }

        return result;
    }

    /// <summary>The trivia of a file, in one array sized by the caller.</summary>
    private sealed class TriviaBuffer(int capacity)
    {
        public SyntaxTrivia[] Items { get; private set; } = new SyntaxTrivia[capacity];

        public int Count { get; private set; }

        public void Add(SyntaxTrivia trivia)
        {
            if (Count == Items.Length)
            {
                var larger = new SyntaxTrivia[Math.Max(4, Items.Length * 2)];
                Items.CopyTo(larger, 0);
                Items = larger;
            }

            Items[Count++] = trivia;
        }
    }

    private static bool ContainsLineBreak(SourceText text, LexedToken token) =>
        text.Text.AsSpan(token.Start, token.Stop - token.Start + 1).ContainsAny('\r', '\n');

    private static string TextOf(SourceText text, LexedToken token) => text.Text.Substring(token.Start, token.Stop - token.Start + 1);

    /// <summary>
    /// The text of a whitespace or line-end token. Indentation and line ends repeat on every line, so
    /// the common ones are shared strings rather than one copy per line (the text is the same).
    /// </summary>
    private static string WhitespaceTextOf(SourceText text, LexedToken token)
    {
        var span = text.Text.AsSpan(token.Start, token.Stop - token.Start + 1);
        if (span.Length < Spaces.Length && !span.ContainsAnyExcept(' '))
        {
            return Spaces[span.Length];
        }

        return span switch
        {
            "\n" => "\n",
            "\r\n" => "\r\n",
            _ => span.ToString(),
        };
    }

    private static readonly string[] Spaces = [.. Enumerable.Range(0, 33).Select(n => new string(' ', n))];

    /// <summary>Adds the trivia for token <paramref name="index"/>; returns the last token index it covered.</summary>
    private static int AddTrivia(SourceText text, ReadOnlySpan<LexedToken> tokens, int index, TriviaBuffer trivia, List<Diagnostic> diagnostics)
    {
        var token = tokens[index];
        switch (token.Type)
        {
            case IncidentLexer.WS:
                trivia.Add(new SyntaxTrivia(SyntaxKind.WhitespaceTrivia, token.Start, WhitespaceTextOf(text, token)));
                return index;
            case IncidentLexer.NEWLINE:
                trivia.Add(new SyntaxTrivia(SyntaxKind.EndOfLineTrivia, token.Start, WhitespaceTextOf(text, token)));
                return index;
            case IncidentLexer.LINE_COMMENT:
                trivia.Add(new SyntaxTrivia(SyntaxKind.SingleLineCommentTrivia, token.Start, TextOf(text, token)));
                return index;
            case IncidentLexer.BLOCK_COMMENT:
                var comment = TextOf(text, token);
                if (comment.Length < 4 || !comment.EndsWith("*/", StringComparison.Ordinal))
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.Unterminated, text, new TextSpan(token.Start, 2), "Unterminated block comment: no closing '*/' before the end of the file"));
                }

                trivia.Add(new SyntaxTrivia(SyntaxKind.MultiLineCommentTrivia, token.Start, comment));
                return index;
            case IncidentLexer.ERROR_CHAR:
                // A run of stray characters is one problem: one INC0001, one skipped trivia.
                var last = index;
                while (last + 1 < tokens.Length && tokens[last + 1].Type == IncidentLexer.ERROR_CHAR)
                {
                    last++;
                }

                var span = TextSpan.FromBounds(token.Start, tokens[last].Stop + 1);
                var skipped = text.ToString(span);
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnexpectedCharacter, text, span, $"Unexpected character '{Printable(skipped)}'"));
                trivia.Add(new SyntaxTrivia(SyntaxKind.SkippedTokensTrivia, span.Start, skipped));
                return last;
            default:
                trivia.Add(new SyntaxTrivia(SyntaxKind.SkippedTokensTrivia, token.Start, TextOf(text, token)));
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

    private static SyntaxToken CreateToken(SourceText source, LexedToken token, int triviaStart, int leading, int trailing, List<Diagnostic> diagnostics, HashSet<string> words, Dictionary<string, DateValue> dates)
    {
        var kind = KindOf(token.Type);
        if (kind == SyntaxKind.EndOfFileToken)
        {
            return new SyntaxToken(kind, source.Length, string.Empty, null, triviaStart, leading, trailing);
        }

        var span = TextSpan.FromBounds(token.Start, token.Stop + 1);
        var text = FixedText(kind) ?? (kind is SyntaxKind.IdentifierToken or SyntaxKind.DateLiteralToken or SyntaxKind.IntegerLiteralToken
            ? Word(words, source.Text.AsSpan(span.Start, span.Length))
            : source.ToString(span));
        LiteralDecoder.Result result = token.Type switch
        {
            IncidentLexer.STRING when text[0] != '"' => LiteralDecoder.DecodeTypographicString(source, span, diagnostics),
            IncidentLexer.STRING => LiteralDecoder.DecodeString(source, span, diagnostics, text),
            IncidentLexer.TRIPLE_STRING => LiteralDecoder.DecodeTripleString(source, span, diagnostics),
            IncidentLexer.DATE => DecodeDate(source, span, diagnostics, text, dates),
            IncidentLexer.INT => LiteralDecoder.DecodeInteger(source, span, diagnostics),
            IncidentLexer.DECIMAL => LiteralDecoder.DecodeDecimal(source, span, diagnostics),
            _ => new LiteralDecoder.Result(kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(kind) ? text : null, false),
        };
        return new SyntaxToken(kind, span.Start, text, result.Value, triviaStart, leading, trailing) { HasLiteralError = result.HasError };
    }

    /// <summary>
    /// One <see cref="DateValue"/> per distinct date text of the file (an immutable record, equal by value): a report repeats its
    /// dates, and reading one is the largest part of building a date token. A date that gets a diagnostic is decoded every time, so
    /// each occurrence reports its own.
    /// </summary>
    private static LiteralDecoder.Result DecodeDate(SourceText source, TextSpan span, List<Diagnostic> diagnostics, string text, Dictionary<string, DateValue> dates)
    {
        if (dates.TryGetValue(text, out var shared))
        {
            return new LiteralDecoder.Result(shared, false);
        }

        var reported = diagnostics.Count;
        var result = LiteralDecoder.DecodeDate(source, span, diagnostics, text);
        if (!result.HasError && diagnostics.Count == reported && result.Value is DateValue date)
        {
            dates.Add(text, date);
        }

        return result;
    }

    /// <summary>
    /// One string per distinct identifier, date or integer of the file: a report repeats its property names, its enumeration
    /// values and its references on every declaration (the 2,000-claim file has 36,000 identifiers and a few hundred distinct
    /// ones), and the tree lives as long as the compilation.
    /// </summary>
    private static string Word(HashSet<string> words, ReadOnlySpan<char> text)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var word))
        {
            word = text.ToString();
            words.Add(word);
        }

        return word;
    }

    /// <summary>The one text a keyword or punctuation token can have (shared, not copied per token).</summary>
    private static string? FixedText(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OpenBraceToken => "{",
        SyntaxKind.CloseBraceToken => "}",
        SyntaxKind.OpenBracketToken => "[",
        SyntaxKind.CloseBracketToken => "]",
        SyntaxKind.ColonToken => ":",
        SyntaxKind.CommaToken => ",",
        _ when SyntaxFacts.IsKeyword(kind) => SyntaxFacts.GetKeywordText(SyntaxFacts.GetDeclarationKind(kind)!.Value),
        _ => null,
    };

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
}
