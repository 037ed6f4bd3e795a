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
        var trivia = new SyntaxTrivia[UnplacedCount(placed, placed.Length)];
        var run = new Run(result, compact, trivia, 0, 0, diagnostics) { Words = WordTable.ForTokens(tokens.Length) };
        run.Build(text, tokens, placed, 0, placed.Length, 0);
        AttachTrivia(result, trivia, run.TriviaCount);
        return result;
    }

    /// <summary>The fewest placed tokens for which <see cref="BuildInParallel"/> cuts the file into runs (about 100 KB of report).</summary>
    internal const int MinTokensForParallelBuild = 16_384;

    /// <summary>
    /// <see cref="Build"/> in compact form for a file whose every unplaced token becomes one trivia (no stray characters: the error-free
    /// parser's files), cut at placed tokens into <paramref name="runs"/> consecutive runs built on <paramref name="threads"/> threads. A run knows where its
    /// trivia and tokens go from the counts before it, so each writes its own part of the shared arrays; its diagnostics are appended
    /// in run order. The tokens and trivia are those one run gives (a word's string is shared within a run, not across runs).
    /// <paramref name="threads"/> 1 builds the runs one after the other on this thread (the fuzz target: coverage that does not
    /// depend on thread timing). With <paramref name="runStarts"/> (lexed indices of placed tokens, 0 first and the count last) the runs
    /// begin there instead of at equal shares; <paramref name="afterRun"/> is called on the run's thread once its tokens, with their
    /// trivia, are in the result (which it is given): <see cref="ErrorFreeParser"/> parses the run's members there. It is
    /// not called when the file is built in one run after all (a stray character).
    /// </summary>
    public static SyntaxToken?[] BuildInParallel(
        SourceText text, LexedToken[] tokens, int count, bool[] placed, List<Diagnostic> diagnostics, int placedCount, int runs, int threads,
        int[]? runStarts = null, Action<int, SyntaxToken?[]>? afterRun = null)
    {
        if (runStarts is not null)
        {
            runs = runStarts.Length - 1;
        }

        if (runs <= 1 || placedCount < Math.Max(2, runs))
        {
            return Build(text, tokens.AsSpan(0, count), placed, diagnostics, compact: true, placedCount);
        }

        foreach (var token in tokens.AsSpan(0, count))
        {
            if (token.Type == IncidentLexer.ERROR_CHAR)
            {
                return Build(text, tokens.AsSpan(0, count), placed, diagnostics, compact: true, placedCount);
            }
        }

        var result = new SyntaxToken?[placedCount];
        var trivia = new SyntaxTrivia[count - placedCount];
        var parts = new Run[runs];
        var nexts = new int[runs];
        var starts = runStarts ?? new int[runs + 1];
        starts[runs] = count;
        for (var k = 1; k < runs && runStarts is null; k++)
        {
            // The first placed token at or after this share of the file, and never before the previous run's start.
            var at = Math.Max(starts[k - 1] + 1, (int)((long)count * k / runs));
            while (at < count && !placed[at])
            {
                at++;
            }

            starts[k] = Math.Min(at, count);
        }

        for (var k = 0; k < runs; k++)
        {
            // Where the previous placed token's trailing trivia ended, so the run begins exactly where one pass would be.
            var previous = starts[k] - 1;
            while (previous >= 0 && !placed[previous])
            {
                previous--;
            }

            nexts[k] = previous < 0 ? 0 : TrailingEnd(text, tokens.AsSpan(0, count), placed, previous);
            // Every unplaced token is one trivia here, so the file has trivia exactly when it has unplaced tokens: each run attaches
            // the shared array to its own tokens as it creates them (no pass over every token after the runs).
            parts[k] = new Run(result, compact: true, trivia, UnplacedCount(placed, nexts[k]), starts[k] - UnplacedCount(placed, starts[k]), [])
            {
                AttachesTrivia = trivia.Length > 0,
                Words = WordTable.ForTokens(starts[k + 1] - starts[k]),
            };
        }

        if (threads <= 1)
        {
            for (var k = 0; k < runs; k++)
            {
                parts[k].Build(text, tokens.AsSpan(0, count), placed, starts[k], starts[k + 1], nexts[k]);
                afterRun?.Invoke(k, result);
            }
        }
        else
        {
            Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
            {
                parts[k].Build(text, tokens.AsSpan(0, count), placed, starts[k], starts[k + 1], nexts[k]);
                afterRun?.Invoke(k, result);
            });
        }

        foreach (var part in parts)
        {
            diagnostics.AddRange(part.Diagnostics);
        }

        return result;
    }

    /// <summary>One array holds the trivia of every token of the file; each token sees its part (SyntaxTriviaList).</summary>
    private static void AttachTrivia(SyntaxToken?[] result, SyntaxTrivia[] trivia, int triviaCount)
    {
        if (triviaCount > 0)
        {
            foreach (var token in result)
            {
                token?.AttachTrivia(trivia);
            }
        }
    }

    /// <summary>How many of the first <paramref name="length"/> tokens are not placed: every one becomes one trivia at most (a run of stray characters becomes one), so this bounds the trivia.</summary>
    private static int UnplacedCount(bool[] placed, int length) => length - placed.AsSpan(0, length).Count(true);

    /// <summary>The index after the trailing trivia of the placed token at <paramref name="index"/>: up to and including the first line end.</summary>
    private static int TrailingEnd(SourceText text, ReadOnlySpan<LexedToken> tokens, bool[] placed, int index)
    {
        var next = index + 1;
        if (tokens[index].Type == TokenConstants.EOF)
        {
            return next;
        }

        while (next < tokens.Length && !placed[next] && tokens[next].Type is IncidentLexer.WS or IncidentLexer.LINE_COMMENT or IncidentLexer.BLOCK_COMMENT
               && !ContainsLineBreak(text, tokens[next]))
        {
            next++;
        }

        if (next < tokens.Length && !placed[next] && tokens[next].Type == IncidentLexer.NEWLINE)
        {
            next++;
        }

        return next;
    }

    /// <summary>The building of a consecutive run of tokens: where its tokens and trivia go, and what it reported.</summary>
    private sealed class Run(SyntaxToken?[] result, bool compact, SyntaxTrivia[] trivia, int triviaCount, int written, List<Diagnostic> diagnostics)
    {
        /// <summary>The run's interned words (sized by its creator for the run's tokens).</summary>
        public required WordTable Words { get; init; }
        private readonly Dictionary<string, DateValue> _dates = new(StringComparer.Ordinal);
        private int _written = written;

        public int TriviaCount { get; private set; } = triviaCount;

        public List<Diagnostic> Diagnostics { get; } = diagnostics;

        /// <summary>Whether each token gets the trivia array as it is created (set where the file is known to have trivia).</summary>
        public bool AttachesTrivia { get; init; }

        /// <summary>The placed tokens of indices [<paramref name="from"/>, <paramref name="to"/>), the trivia before each from <paramref name="next"/> on.</summary>
        public void Build(SourceText text, ReadOnlySpan<LexedToken> tokens, bool[] placed, int from, int to, int next)
        {
            for (var index = from; index < to; index++)
            {
                if (!placed[index])
                {
                    continue;
                }

                var start = TriviaCount;
                for (; next < index; next++)
                {
                    next = AddTrivia(text, tokens, next);
                }

                var leadingCount = TriviaCount - start;
                var end = TrailingEnd(text, tokens, placed, index);
                for (next = index + 1; next < end; next++)
                {
                    next = AddTrivia(text, tokens, next);
                }

                var token = CreateToken(text, tokens[index], start, leadingCount, TriviaCount - start - leadingCount, Diagnostics, Words, _dates);
                if (AttachesTrivia)
                {
                    token.AttachTrivia(trivia);
                }

                result[compact ? _written++ : index] = token;
            }
        }

        private int AddTrivia(SourceText text, ReadOnlySpan<LexedToken> tokens, int index)
        {
            var last = SyntaxTokenBuilder.AddTrivia(text, tokens, index, out var item, Diagnostics);
            trivia[TriviaCount++] = item;
            return last;
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

    private static readonly string[] Spaces = CreateSpaces(33);

    // A plain loop: Enumerable.Range(...).Select is a generic virtual call, which NativeAOT resolves at its first use through the
    // type loader's tables (0.5 % of a large check's samples, in this class's set-up).
    private static string[] CreateSpaces(int count)
    {
        var spaces = new string[count];
        for (var n = 0; n < count; n++)
        {
            spaces[n] = new string(' ', n);
        }

        return spaces;
    }

    /// <summary>Adds the trivia for token <paramref name="index"/>; returns the last token index it covered.</summary>
    private static int AddTrivia(SourceText text, ReadOnlySpan<LexedToken> tokens, int index, out SyntaxTrivia trivia, List<Diagnostic> diagnostics)
    {
        var token = tokens[index];
        switch (token.Type)
        {
            case IncidentLexer.WS:
                trivia = new SyntaxTrivia(SyntaxKind.WhitespaceTrivia, token.Start, WhitespaceTextOf(text, token));
                return index;
            case IncidentLexer.NEWLINE:
                trivia = new SyntaxTrivia(SyntaxKind.EndOfLineTrivia, token.Start, WhitespaceTextOf(text, token));
                return index;
            case IncidentLexer.LINE_COMMENT:
                trivia = new SyntaxTrivia(SyntaxKind.SingleLineCommentTrivia, token.Start, TextOf(text, token));
                return index;
            case IncidentLexer.BLOCK_COMMENT:
                var comment = TextOf(text, token);
                if (comment.Length < 4 || !comment.EndsWith("*/", StringComparison.Ordinal))
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.Unterminated, text, new TextSpan(token.Start, 2), "Unterminated block comment: no closing '*/' before the end of the file"));
                }

                trivia = new SyntaxTrivia(SyntaxKind.MultiLineCommentTrivia, token.Start, comment);
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
                trivia = new SyntaxTrivia(SyntaxKind.SkippedTokensTrivia, span.Start, skipped);
                return last;
            default:
                trivia = new SyntaxTrivia(SyntaxKind.SkippedTokensTrivia, token.Start, TextOf(text, token));
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

    private static SyntaxToken CreateToken(SourceText source, LexedToken token, int triviaStart, int leading, int trailing, List<Diagnostic> diagnostics, WordTable words, Dictionary<string, DateValue> dates)
    {
        var kind = KindOf(token.Type);
        if (kind == SyntaxKind.EndOfFileToken)
        {
            return new SyntaxToken(kind, source.Length, string.Empty, null, triviaStart, leading, trailing);
        }

        var span = TextSpan.FromBounds(token.Start, token.Stop + 1);
        var text = FixedText(kind) ?? (kind is SyntaxKind.IdentifierToken or SyntaxKind.DateLiteralToken or SyntaxKind.IntegerLiteralToken
            ? words.Intern(source.Text.AsSpan(span.Start, span.Length))
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
