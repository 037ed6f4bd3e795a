using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax.Generated;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// The fast path of <see cref="SyntaxParser"/>: a hand-written scanner and recursive-descent parser
/// for files without syntax errors, which builds the syntax tree directly (no ANTLR tokens, no parse
/// tree to convert). It handles a subset of the language and gives up (returns null) on anything
/// else: any syntax error, any token the lexer grammar could read in more than one way that it does
/// not decide exactly as ANTLR does (joined words, dates in other forms, typographic quotes,
/// unterminated strings and comments, stray characters, nesting deeper than the depth guard), and
/// any literal with a diagnostic. The caller then runs the ANTLR parser, so every file with a syntax
/// diagnostic gets exactly the diagnostics and recovery it always had, and every file this parser
/// accepts gets the same tree as the ANTLR parser would build (ErrorFreeParserTests compare both).
/// </summary>
internal sealed class ErrorFreeParser
{
    private enum Mode
    {
        Default,
        Value,
        List,
    }

    /// <summary>The most threads that build one file's tokens.</summary>
    private const int MaxBuildThreads = 4;

    /// <summary>
    /// How many runs a large file is cut into per thread: a thread that finishes its run early takes the next, where with one run
    /// each the first to finish waited for the other (the 2,000-claim check, median of 61 interleaved rounds: 38.2 → 37.4 ms in a
    /// quiet phase, 43.5 → 40.7 ms in a busier one).
    /// </summary>
    internal const int RunsPerThread = 4;

    /// <summary>
    /// The characters per token the scanner's buffer is first sized for: reports have about one token (trivia included) every
    /// five characters; the buffer grows when a file has more.
    /// </summary>
    private const int InitialCharsPerToken = 4;

    /// <summary>What <see cref="Current"/> is at the end of a run: an end of the file that is not in any tree.</summary>
    private static readonly SyntaxToken s_endOfRun = new(SyntaxKind.EndOfFileToken, 0, string.Empty, null, 0, 0, 0, isMissing: true);

    private readonly SyntaxToken?[] _tokens;

    /// <summary>Where the tokens this parser may read end: the file's end, or the next run's first member.</summary>
    private readonly int _end;
    private int _index;

    // The members parsed in runs (MemberRunPlan), in order: the body they belong to begins at _runsAt and its '}' is at _runsEnd.
    private int _runsAt = -1;
    private int _runsEnd;
    private List<SyntaxNode>? _runMembers;

    /// <summary>Over the placed tokens, in order, the end of the file last (none is null).</summary>
    private ErrorFreeParser(SyntaxToken?[] tokens)
        : this(tokens, 0, tokens.Length)
    {
    }

    /// <summary>Over the placed tokens from <paramref name="start"/> to <paramref name="end"/> (exclusive), which are not null.</summary>
    private ErrorFreeParser(SyntaxToken?[] tokens, int start, int end)
    {
        _tokens = tokens;
        _index = start;
        _end = end;
    }

    /// <summary>The tree of an error-free file, or null when the file needs the full (ANTLR) parser.</summary>
    /// <param name="maxThreads">The most threads that build a large file's tokens; 0: the processors, at most 4.</param>
    public static CompilationUnitSyntax? TryParse(SourceText text, int maxThreads = 0)
    {
        var threads = Math.Min(maxThreads > 0 ? maxThreads : Environment.ProcessorCount, MaxBuildThreads);
        return TryParse(text, SyntaxTokenBuilder.MinTokensForParallelBuild, threads <= 1 ? 1 : threads * RunsPerThread, threads);
    }

    /// <summary>
    /// <see cref="TryParse(SourceText)"/>, its tokens built in <paramref name="runs"/> runs on <paramref name="threads"/> threads from
    /// <paramref name="minTokensForParallelBuild"/> placed tokens on (tests and the fuzz target lower it).
    /// </summary>
    internal static CompilationUnitSyntax? TryParse(SourceText text, int minTokensForParallelBuild, int runs, int threads)
    {
        if (!text.InvalidUtf8Spans.IsEmpty)
        {
            return null;
        }

        // The buffer is pooled (checking many files reuses it instead of allocating a large array per file) and sized for a
        // token every InitialCharsPerToken characters, growing when a file has more: the text's length plus one, the bound, made
        // a large file rent a buffer four times the size it needs, and that one allocation set off a full background collection.
        var buffer = ArrayPool<LexedToken>.Shared.Rent((text.Length / InitialCharsPerToken) + 16);
        try
        {
            // One thread (the language server, --jobs 1, the fuzz target's runs): one pass.
            var count = Scan(text.Text, ref buffer, threads > 1 ? MinCharsForParallelScan : int.MaxValue);
            if (count < 0)
            {
                return null;
            }

            var lexed = buffer.AsSpan(0, count);
            var placed = new bool[count];
            var placedCount = 0;
            for (var i = 0; i < lexed.Length; i++)
            {
                if (lexed[i].Type is not (IncidentLexer.WS or IncidentLexer.NEWLINE or IncidentLexer.LINE_COMMENT or IncidentLexer.BLOCK_COMMENT))
                {
                    placed[i] = true;
                    placedCount++;
                }
            }

            var diagnostics = new List<Diagnostic>();
            if (placedCount < minTokensForParallelBuild)
            {
                var tokens = SyntaxTokenBuilder.Build(text, lexed, placed, diagnostics, compact: true, placedCount: placedCount);
                return diagnostics.Count > 0 ? null : new ErrorFreeParser(tokens).ParseCompilationUnit();
            }

            // The scanner gives up on stray characters, so every unplaced token here becomes one trivia: a large file's tokens are
            // built in runs on several threads, cut where a member of its largest declaration begins, and each run parses its
            // members on its thread as soon as its tokens are built.
            var plan = MemberRunPlan.Create(lexed, count, placed, runs);
            var parsed = plan is null ? null : new ParsedRun?[plan.Runs];
            var built = SyntaxTokenBuilder.BuildInParallel(
                text, buffer, count, placed, diagnostics, placedCount, runs, threads, plan?.TokenStarts, plan is null ? null : (run, tokens) => parsed![run] = ParseRun(tokens, plan, run));
            if (diagnostics.Count > 0)
            {
                return null;
            }

            var parser = new ErrorFreeParser(built);
            if (plan is not null)
            {
                parser.TakeRuns(plan, parsed!);
            }

            return parser.ParseCompilationUnit();
        }
        finally
        {
            ArrayPool<LexedToken>.Shared.Return(buffer);
        }
    }

    // ------------------------------------------------------------------ parser (grammar/IncidentParser.g4)

    private SyntaxToken Current => _index < _end ? _tokens[_index]! : s_endOfRun;

    private SyntaxKind Peek(int offset) => _index + offset < _end ? _tokens[_index + offset]!.Kind : SyntaxKind.EndOfFileToken;

    /// <summary>The members one run of <paramref name="plan"/> parses (on its own thread, from its own tokens), or null where it fails.</summary>
    private static ParsedRun? ParseRun(SyntaxToken?[] tokens, MemberRunPlan plan, int run)
    {
        var last = run == plan.Runs - 1;
        var parser = new ErrorFreeParser(tokens, plan.MemberStarts[run], last ? tokens.Length : plan.MemberStarts[run + 1]);
        var members = new List<SyntaxNode>();
        while (parser._index < parser._end && parser.Current.Kind != SyntaxKind.CloseBraceToken)
        {
            if (parser.ParseMember() is not { } member)
            {
                return null;
            }

            members.Add(member);
        }

        // A run other than the last ends exactly where the next begins; the last one at the body's '}'.
        return last == (parser._index < parser._end) ? new ParsedRun(members, parser._index) : null;
    }

    /// <summary>
    /// Has <see cref="ParseDeclaration"/> take the members the runs parsed when it reaches the first, if every run parsed its
    /// part; otherwise the file is parsed in one pass, as if there had been no runs.
    /// </summary>
    private void TakeRuns(MemberRunPlan plan, ParsedRun?[] runs)
    {
        var members = new List<SyntaxNode>();
        foreach (var run in runs)
        {
            if (run is null)
            {
                return;
            }

            members.AddRange(run.Members);
        }

        _runsAt = plan.MemberStarts[0];
        _runsEnd = runs[^1]!.End;
        _runMembers = members;
    }

    private SyntaxToken Take() => _tokens[_index++]!;

    private CompilationUnitSyntax? ParseCompilationUnit()
    {
        var declarations = ImmutableArray.CreateBuilder<DeclarationSyntax>();
        while (SyntaxFacts.IsKeyword(Current.Kind))
        {
            if (ParseDeclaration() is not { } declaration)
            {
                return null;
            }

            declarations.Add(declaration);
        }

        return Current.Kind == SyntaxKind.EndOfFileToken ? new CompilationUnitSyntax(declarations.ToImmutable(), Current) : null;
    }

    /// <summary><c>keyword IDENT? '{' member* '}'</c>, at a keyword.</summary>
    private DeclarationSyntax? ParseDeclaration()
    {
        var keyword = Take();
        var name = Current.Kind == SyntaxKind.IdentifierToken ? Take() : null;
        if (Current.Kind != SyntaxKind.OpenBraceToken)
        {
            return null;
        }

        var open = Take();
        var members = RentScratch();
        while (Current.Kind != SyntaxKind.CloseBraceToken)
        {
            if (_index == _runsAt)
            {
                // The body the runs parsed (only this loop reaches its first member): their members, then on at its '}'.
                members.AddRange(_runMembers!);
                _index = _runsEnd;
                _runsAt = -1;
                continue;
            }

            if (ParseMember() is not { } member)
            {
                return null;
            }

            members.Add(member);
        }

        return new DeclarationSyntax(keyword, name, open, ToImmutableAndReturn<MemberSyntax>(members), Take());
    }

    /// <summary><c>property | declaration</c>; null at anything else.</summary>
    private MemberSyntax? ParseMember() =>
        Current.Kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(Current.Kind)
            ? Peek(1) == SyntaxKind.ColonToken ? ParseProperty()
            : SyntaxFacts.IsKeyword(Current.Kind) && Peek(1) is SyntaxKind.IdentifierToken or SyntaxKind.OpenBraceToken ? ParseDeclaration()
            : null
            : null;

    /// <summary><c>name ':' value</c>, at a name followed by ':'.</summary>
    private PropertySyntax? ParseProperty()
    {
        var name = Take();
        var colon = Take();
        return ParseValue() is { } value ? new PropertySyntax(name, colon, value) : null;
    }

    private ValueSyntax? ParseValue()
    {
        switch (Current.Kind)
        {
            case SyntaxKind.IdentifierToken:
                return new NameValueSyntax(Take());
            case SyntaxKind.StringLiteralToken or SyntaxKind.DateLiteralToken or SyntaxKind.IntegerLiteralToken or SyntaxKind.DecimalLiteralToken:
                return new LiteralValueSyntax(Take());
            case SyntaxKind.OpenBracketToken:
                return ParseList();
            default:
                return null;
        }
    }

    /// <summary><c>'[' (value (',' value)* ','?)? ']'</c>.</summary>
    private ListValueSyntax? ParseList()
    {
        var open = Take();
        var items = RentScratch();
        while (Current.Kind != SyntaxKind.CloseBracketToken)
        {
            if (ParseValue() is not { } value)
            {
                return null;
            }

            items.Add(value);
            if (Current.Kind == SyntaxKind.CommaToken)
            {
                items.Add(Take());
            }
            else if (Current.Kind != SyntaxKind.CloseBracketToken)
            {
                return null;
            }
        }

        return new ListValueSyntax(open, ToImmutableAndReturn<SyntaxNode>(items), Take());
    }

    // Scratch lists for the members of a declaration and the items of a list, reused across the file (one per nesting level
    // in use), so each node gets one exact-size array and no builder. A list not returned (the parse gave up) is dropped.
    private readonly Stack<List<SyntaxNode>> _scratch = new();

    private List<SyntaxNode> RentScratch() => _scratch.TryPop(out var list) ? list : [];

    private ImmutableArray<T> ToImmutableAndReturn<T>(List<SyntaxNode> list)
        where T : SyntaxNode
    {
        var array = new T[list.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = (T)list[i];
        }

        list.Clear();
        _scratch.Push(list);
        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    // ------------------------------------------------------------------ scanner (grammar/IncidentLexer.g4)

    /// <summary>
    /// Every token of the text, all channels, as the ANTLR lexer would produce them, with the same
    /// lexer modes (':' enters VALUE, '[' there enters LIST, a value leaves); null where this scanner
    /// does not handle the input (see the class summary). The tokens go into <paramref name="buffer"/>, a pooled array
    /// (<see cref="ArrayPool{T}.Shared"/>) that is replaced by a larger one when they do not fit; returns their count, or -1.
    /// </summary>
    internal static int Scan(string s, ref LexedToken[] buffer, int minCharsForParallelScan = MinCharsForParallelScan, bool halvesOnThisThread = false)
    {
        var tokens = new TokenBuffer(buffer);
        try
        {
            return Scan(s, tokens, minCharsForParallelScan, halvesOnThisThread);
        }
        finally
        {
            buffer = tokens.Array;
        }
    }

    /// <summary>
    /// The whole text's tokens into <paramref name="tokens"/>, the end of the file last; their count, or -1. A large text is
    /// scanned in two halves at once: the second from a line that looks like the start of a member after a declaration's
    /// <c>}</c>, as if it began there in the default mode. The first half must then reach that line exactly, in the default
    /// mode, at a depth that makes the second half's own depths valid (ScanState); otherwise the first half goes on alone,
    /// so the tokens are always those of one pass.
    /// </summary>
    private static int Scan(string s, TokenBuffer tokens, int minCharsForParallelScan, bool halvesOnThisThread)
    {
        var state = new ScanState(relative: false);
        var split = s.Length >= minCharsForParallelScan ? FindScanSplit(s) : -1;
        var second = split <= 0 ? null
            : halvesOnThisThread ? Task.FromResult(ScanSecondPart(s, split)) // the fuzz target: no thread timing in its coverage
            : Task.Run(() => ScanSecondPart(s, split));
        var i = ScanFrom(s, 0, split > 0 ? split : int.MaxValue, tokens, ref state);
        if (second is not null)
        {
            var part = second.GetAwaiter().GetResult();
            if (part is not null)
            {
                if (i == split && state.Mode == Mode.Default && state.Modes.Count == 0
                    && state.Depth + part.Value.State.MinDepth >= 0 && state.Depth + part.Value.State.MaxOpenDepth < SyntaxParser.MaxNestingDepth)
                {
                    tokens.AddRange(part.Value.Tokens.Array.AsSpan(0, part.Value.Tokens.Count));
                    i = part.Value.End;
                }

                ArrayPool<LexedToken>.Shared.Return(part.Value.Tokens.Array);
            }
        }

        if (i >= 0 && i < s.Length)
        {
            i = ScanFrom(s, i, int.MaxValue, tokens, ref state);
        }

        if (i < 0)
        {
            return -1;
        }

        tokens.Add(new LexedToken(Antlr4.Runtime.TokenConstants.EOF, s.Length, s.Length - 1));
        return tokens.Count;
    }

    /// <summary>The shortest text scanned in two halves at once (about 100 KB of report).</summary>
    internal const int MinCharsForParallelScan = 96 * 1024;

    /// <summary>
    /// Where the second half of a large text is scanned from: the first line after the middle that begins, after blanks, with a
    /// letter and follows (blank lines aside) a line ending in <c>}</c>; -1 when none does within the next 64 KB.
    /// </summary>
    internal static int FindScanSplit(string s)
    {
        var limit = Math.Min(s.Length, (s.Length / 2) + (64 * 1024));
        for (var newline = s.IndexOf('\n', s.Length / 2); newline >= 0 && newline < limit; newline = s.IndexOf('\n', newline + 1))
        {
            var before = newline - 1;
            while (before >= 0 && s[before] is ' ' or '\t' or '\r' or '\n')
            {
                before--;
            }

            var after = newline + 1;
            while (after < s.Length && s[after] is ' ' or '\t')
            {
                after++;
            }

            if (before >= 0 && s[before] == '}' && after < s.Length && char.IsAsciiLetter(s[after]))
            {
                return newline + 1;
            }
        }

        return -1;
    }

    /// <summary>The tokens from <paramref name="split"/> to the end as if it began there in the default mode, or null where that fails.</summary>
    private static (TokenBuffer Tokens, int End, ScanState State)? ScanSecondPart(string s, int split)
    {
        var tokens = new TokenBuffer(ArrayPool<LexedToken>.Shared.Rent(((s.Length - split) / InitialCharsPerToken) + 16));
        var state = new ScanState(relative: true);
        var end = ScanFrom(s, split, int.MaxValue, tokens, ref state);
        if (end < 0)
        {
            ArrayPool<LexedToken>.Shared.Return(tokens.Array);
            return null;
        }

        return (tokens, end, state);
    }

    /// <summary>Scans from <paramref name="i"/> until <paramref name="stop"/> or the end: where it stopped (past a token that
    /// reaches over <paramref name="stop"/>), or -1 where this scanner does not handle the input.</summary>
    private static int ScanFrom(string s, int i, int stop, TokenBuffer tokens, ref ScanState state)
    {
        while (i < s.Length && i < stop)
        {
            var c = s[i];
            int end;
            int type;

            // Trivia, the same in every mode.
            if (IsWhitespace(c))
            {
                end = i + 1;
                while (end < s.Length && IsWhitespace(s[end]))
                {
                    end++;
                }

                tokens.Add(new LexedToken(IncidentLexer.WS, i, end - 1));
                i = end;
                continue;
            }

            if (c is '\n' or '\r')
            {
                end = c == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? i + 2 : i + 1;
                tokens.Add(new LexedToken(IncidentLexer.NEWLINE, i, end - 1));
                i = end;
                continue;
            }

            if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                end = s.AsSpan(i).IndexOfAny('\r', '\n') is var length && length >= 0 ? i + length : s.Length;
                tokens.Add(new LexedToken(IncidentLexer.LINE_COMMENT, i, end - 1));
                i = end;
                continue;
            }

            if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                var close = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    return -1; // unterminated: INC0002 from the full parser
                }

                tokens.Add(new LexedToken(IncidentLexer.BLOCK_COMMENT, i, close + 1));
                i = close + 2;
                continue;
            }

            switch (state.Mode)
            {
                case Mode.Default:
                    switch (c)
                    {
                        case '{' or '[':
                            if (!Open(ref state))
                            {
                                return -1;
                            }

                            type = c == '{' ? IncidentLexer.LBRACE : IncidentLexer.LBRACKET;
                            end = i + 1;
                            break;
                        case '}' or ']':
                            Close(ref state);
                            type = c == '}' ? IncidentLexer.RBRACE : IncidentLexer.RBRACKET;
                            end = i + 1;
                            break;
                        case ',':
                            type = IncidentLexer.COMMA;
                            end = i + 1;
                            break;
                        case ':':
                            type = IncidentLexer.COLON;
                            end = i + 1;
                            state.Modes.Push(state.Mode);
                            state.Mode = Mode.Value;
                            break;
                        default:
                            if (!IsIdentifierStart(c) || ScanWord(s, i, out end, out type, inValue: false) is false)
                            {
                                return -1;
                            }

                            break;
                    }

                    break;

                case Mode.Value or Mode.List:
                    var inList = state.Mode == Mode.List;
                    if (c == '[')
                    {
                        if (!Open(ref state))
                        {
                            return -1;
                        }

                        type = IncidentLexer.LBRACKET;
                        end = i + 1;
                        if (inList)
                        {
                            state.Modes.Push(state.Mode);
                        }

                        state.Mode = Mode.List;
                        break;
                    }

                    if (inList && c == ']')
                    {
                        Close(ref state);
                        type = IncidentLexer.RBRACKET;
                        end = i + 1;
                        state.Mode = state.Modes.Pop();
                        break;
                    }

                    if (inList && c == ',')
                    {
                        type = IncidentLexer.COMMA;
                        end = i + 1;
                        break;
                    }

                    if (c == '"')
                    {
                        if (ScanString(s, i, out end, out type) is false)
                        {
                            return -1;
                        }
                    }
                    else if (char.IsAsciiDigit(c))
                    {
                        if (ScanNumberOrDate(s, i, out end, out type) is false)
                        {
                            return -1;
                        }
                    }
                    else if (!IsIdentifierStart(c) || ScanWord(s, i, out end, out type, inValue: true) is false
                             || (inList && type != IncidentLexer.IDENT))
                    {
                        // A keyword in a list leaves it (a parse error); anything else is not handled here.
                        return -1;
                    }

                    if (!inList)
                    {
                        state.Mode = state.Modes.Pop();
                    }

                    break;

                default:
                    return -1;
            }

            tokens.Add(new LexedToken(type, i, end - 1));
            i = end;
        }

        return i;
    }

    /// <summary>An opening bracket or brace: false at the nesting limit (INC0010 from the full parser).</summary>
    private static bool Open(ref ScanState state)
    {
        if (state.Relative)
        {
            state.MaxOpenDepth = Math.Max(state.MaxOpenDepth, state.Depth);
            state.Depth++;
            return true;
        }

        if (state.Depth >= SyntaxParser.MaxNestingDepth)
        {
            return false;
        }

        state.Depth++;
        return true;
    }

    /// <summary>A closing bracket or brace: the depth never goes below 0 in one pass; a second half records how low it went.</summary>
    private static void Close(ref ScanState state)
    {
        if (state.Relative)
        {
            state.Depth--;
            state.MinDepth = Math.Min(state.MinDepth, state.Depth);
        }
        else
        {
            state.Depth = Math.Max(0, state.Depth - 1);
        }
    }

    /// <summary>
    /// The scanner's state: the lexer mode and the modes to return to, and the nesting depth (for the depth guard). A second half
    /// (<see cref="Relative"/>) counts its depth from 0 without a floor or a limit and records the lowest depth after a closing and
    /// the highest before an opening, which the first half's depth at the split must make valid.
    /// </summary>
    private struct ScanState(bool relative)
    {
        public Mode Mode = Mode.Default;
        public readonly Stack<Mode> Modes = new();
        public int Depth;
        public readonly bool Relative = relative;
        public int MinDepth;
        public int MaxOpenDepth = -1;
    }

    /// <summary>The members one run parsed, and where it stopped.</summary>
    private sealed record ParsedRun(List<SyntaxNode> Members, int End);

    /// <summary>Tokens appended to a pooled array, replaced by one twice as large when full.</summary>
    private sealed class TokenBuffer(LexedToken[] array)
    {
        private int _count;

        public LexedToken[] Array { get; private set; } = array;

        public int Count => _count;

        public void Add(LexedToken token)
        {
            if (_count == Array.Length)
            {
                Grow();
            }

            Array[_count++] = token;
        }

        public void AddRange(ReadOnlySpan<LexedToken> more)
        {
            while (_count + more.Length > Array.Length)
            {
                Grow();
            }

            more.CopyTo(Array.AsSpan(_count));
            _count += more.Length;
        }

        private void Grow()
        {
            var larger = ArrayPool<LexedToken>.Shared.Rent(Math.Max(16, Array.Length * 2));
            Array.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<LexedToken>.Shared.Return(Array);
            Array = larger;
        }
    }

    /// <summary>WS of the lexer grammar: <c>[ \t\f\u000B\u00A0\uFEFF]</c>.</summary>
    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\f' or '\u000B' or '\u00A0' or '\uFEFF';

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// <c>"…"</c> (STRING) or <c>"""…"""</c> (TRIPLE_STRING); false when unterminated.
    /// </summary>
    private static bool ScanString(string s, int i, out int end, out int type)
    {
        if (i + 2 < s.Length && s[i + 1] == '"' && s[i + 2] == '"')
        {
            type = IncidentLexer.TRIPLE_STRING;
            var close = s.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
            end = close + 3;
            return close >= 0;
        }

        type = IncidentLexer.STRING;
        var j = i + 1;
        while (j < s.Length)
        {
            switch (s[j])
            {
                case '"':
                    end = j + 1;
                    return true;
                case '\\':
                    if (j + 1 >= s.Length || s[j + 1] is '\r' or '\n')
                    {
                        end = j;
                        return false;
                    }

                    j += 2;
                    break;
                case '\r' or '\n':
                    end = j;
                    return false;
                default:
                    j++;
                    break;
            }
        }

        end = j;
        return false;
    }

    /// <summary>A character of a value-mode "run": what DATE, joined words and the other date forms without spaces can contain.</summary>
    private static bool IsRunChar(char c) => IsWordChar(c) || c is ':' or '.' or '+' or '/' or '-';

    /// <summary>
    /// INT, DECIMAL or DATE at a digit in a value. The whole run of <see cref="IsRunChar"/> characters
    /// must be one of them, which makes it the longest match, as ANTLR takes it; a run with '/' (a date in
    /// another form or joined words), a shape none of them has, or one or two digits followed by a space
    /// (<c>21 Feb 2024</c>) is not handled here.
    /// </summary>
    private static bool ScanNumberOrDate(string s, int i, out int end, out int type)
    {
        end = i;
        while (end < s.Length && IsRunChar(s[end]))
        {
            end++;
        }

        var run = s.AsSpan(i, end - i);
        type = IncidentLexer.INT;
        if (run.Contains('/'))
        {
            return false;
        }

        var digits = DigitGroups(run);
        if (digits == run.Length)
        {
            return !(run.Length <= 2 && end < s.Length && s[end] is ' ' or '\t');
        }

        if (digits > 0 && run[digits] == '.' && digits + 1 < run.Length && !run[(digits + 1)..].ContainsAnyExceptInRange('0', '9'))
        {
            type = IncidentLexer.DECIMAL;
            return true;
        }

        var leading = run.IndexOfAnyExceptInRange('0', '9');
        if (leading > 0 && run[leading] == '-')
        {
            type = IncidentLexer.DATE;
            return true;
        }

        return false;
    }

    /// <summary>The length of the longest prefix of the form <c>DIGIT+ ('_' DIGIT+)*</c>.</summary>
    private static int DigitGroups(ReadOnlySpan<char> run)
    {
        var j = 0;
        while (j < run.Length && char.IsAsciiDigit(run[j]))
        {
            j++;
        }

        var matched = j;
        while (j < run.Length && run[j] == '_')
        {
            var start = ++j;
            while (j < run.Length && char.IsAsciiDigit(run[j]))
            {
                j++;
            }

            if (j == start)
            {
                break;
            }

            matched = j;
        }

        return matched;
    }

    /// <summary>
    /// IDENT or a keyword at a letter or '_'. The word must end where the next character cannot continue
    /// any token of the grammar's word rules; in a value, a run with '+', ':' or '/' (joined words such as
    /// <c>TLP:AMBER</c>) or a month name before a space or '.' (<c>Feb 21, 2024</c>) is not handled here.
    /// </summary>
    private static bool ScanWord(string s, int i, out int end, out int type, bool inValue)
    {
        end = i + 1;
        while (end < s.Length && IsWordChar(s[end]))
        {
            end++;
        }

        while (end + 1 < s.Length)
        {
            if (s[end] == '-' && IsWordChar(s[end + 1]))
            {
                end += 2;
                while (end < s.Length && IsWordChar(s[end]))
                {
                    end++;
                }
            }
            else if (s[end] == '.' && char.IsAsciiDigit(s[end + 1]))
            {
                end += 2;
                while (end < s.Length && char.IsAsciiDigit(s[end]))
                {
                    end++;
                }
            }
            else
            {
                break;
            }
        }

        var word = s.AsSpan(i, end - i);
        type = KeywordType(word);
        if (end < s.Length && (IsWordChar(s[end]) || s[end] is '.' or '-' || (inValue && s[end] is '+' or ':' or '/')))
        {
            return false;
        }

        return !(inValue && end < s.Length && s[end] is ' ' or '\t' && IsMonth(word));
    }

    private static int KeywordType(ReadOnlySpan<char> word) => word switch
    {
        "incident" => IncidentLexer.INCIDENT,
        "source" => IncidentLexer.SOURCE,
        "actor" => IncidentLexer.ACTOR,
        "target" => IncidentLexer.TARGET,
        "claim" => IncidentLexer.CLAIM,
        "statement" => IncidentLexer.STATEMENT,
        "event" => IncidentLexer.EVENT,
        "party" => IncidentLexer.PARTY,
        "malware" => IncidentLexer.MALWARE,
        "tool" => IncidentLexer.TOOL,
        "vulnerability" => IncidentLexer.VULNERABILITY,
        "indicator" => IncidentLexer.INDICATOR,
        "recommendation" => IncidentLexer.RECOMMENDATION,
        "revision" => IncidentLexer.REVISION,
        _ => IncidentLexer.IDENT,
    };

    /// <summary>The MONTH fragment of the lexer grammar (any letter case).</summary>
    private static bool IsMonth(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 9)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lower switch
        {
            "jan" or "january" or "feb" or "february" or "mar" or "march" or "apr" or "april" or "may" or "jun" or "june"
                or "jul" or "july" or "aug" or "august" or "sep" or "sept" or "september" or "oct" or "october"
                or "nov" or "november" or "dec" or "december" => true,
            _ => false,
        };
    }
}
