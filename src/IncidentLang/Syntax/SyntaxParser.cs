using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax.Generated;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// The bridge from the ANTLR-generated lexer and parser to our syntax tree. Nothing outside
/// this folder sees an ANTLR type.
/// <list type="number">
/// <item>A file over the size limit is not parsed (INC0009).</item>
/// <item>First try <see cref="ErrorFreeParser"/>, the hand-written fast path for files without syntax errors and
/// without a line over <see cref="SyntaxLimits.MaxLineLength"/>; it gives up on anything else.</item>
/// <item>Otherwise, lex everything with ANTLR (all channels) so every character lands in a token; a line over the
/// limit is not lexed beyond it (INC0010).</item>
/// <item>Guard nesting depth: tokens nested deeper than <see cref="MaxNestingDepth"/> are taken out of the parser's view (INC0011), so no input can overflow the stack.</item>
/// <item>Parse in two stages: SLL with bail-out, then full LL with recovery only if that fails.</item>
/// <item>Convert the parse tree (<see cref="ParseTreeConverter"/>) and map errors to diagnostics.</item>
/// </list>
/// </summary>
internal static class SyntaxParser
{
    public const int MaxNestingDepth = 32;

    /// <summary>The channel of skipped tokens (ERROR_CHAR and too-deeply nested tokens).</summary>
    internal const int ErrorsChannel = IncidentLexer.ERRORS;

    public static SyntaxTree Parse(SourceText text) => Parse(text, tryErrorFreeParser: true);

    /// <summary>
    /// Parses <paramref name="text"/>; tests turn the fast path off to compare it with the ANTLR parser. A large file's tokens are
    /// built on up to <paramref name="maxThreads"/> threads (0: the processors, at most 4).
    /// </summary>
    internal static SyntaxTree Parse(SourceText text, bool tryErrorFreeParser, int maxThreads = 0)
    {
        if (FileSizeLimit.SizeIfTooLarge(text) is { } size)
        {
            return FileSizeLimit.CreateUnparsed(text, size);
        }

        if (tryErrorFreeParser && !HasLineOverLimit(text) && ErrorFreeParser.TryParse(text, maxThreads) is { } fast)
        {
            return new SyntaxTree(text, fast, []);
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var span in text.InvalidUtf8Spans)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidUtf8, text, span));
        }

        var tokens = Lex(text);
        LineLengthGuard.Apply(text, tokens, diagnostics);
        GuardDepth(text, tokens, diagnostics);

        var stream = new CommonTokenStream(new ListTokenSource(tokens));
        var parser = new IncidentParser(stream) { BuildParseTree = true };
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        IncidentParser.CompilationUnitContext tree;
        List<SyntaxError> errors = [];
        try
        {
            tree = parser.compilationUnit();
        }
        catch (ParseCanceledException)
        {
            stream.Seek(0);
            parser.Reset();
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            var strategy = new SyntaxErrorStrategy();
            parser.ErrorHandler = strategy;
            tree = parser.compilationUnit();
            errors = strategy.Errors;
        }

        foreach (var error in errors)
        {
            diagnostics.Add(ToDiagnostic(text, error));
        }

        var root = new ParseTreeConverter(text, tokens, diagnostics).Convert(tree);
        diagnostics.Sort(Diagnostic.Compare);
        return new SyntaxTree(text, root, [.. diagnostics]);
    }

    /// <summary>True when a line is longer than <see cref="SyntaxLimits.MaxLineLength"/>: INC0010 is the ANTLR path's to report.</summary>
    private static bool HasLineOverLimit(SourceText text)
    {
        if (text.Length <= SyntaxLimits.MaxLineLength)
        {
            return false;
        }

        // The lengths of the lines as SourceText.GetLineSpan gives them (without the break), found without the line starts.
        var span = text.Text.AsSpan();
        var start = 0;
        while (true)
        {
            var found = span[start..].IndexOfAny('\r', '\n');
            if ((found < 0 ? span.Length - start : found) > SyntaxLimits.MaxLineLength)
            {
                return true;
            }

            if (found < 0)
            {
                return false;
            }

            var end = start + found;
            start = span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? end + 2 : end + 1;
        }
    }

    private static List<IToken> Lex(SourceText text)
    {
        var lexer = new LineLimitedLexer(text);
        lexer.RemoveErrorListeners();
        var tokens = new List<IToken>();
        while (true)
        {
            var token = lexer.NextToken();
            tokens.Add(token);
            if (token.Type == TokenConstants.EOF)
            {
                return tokens;
            }
        }
    }

    /// <summary>
    /// Moves every token from the first opener nested deeper than the limit to its matching closer
    /// onto the error channel, with one INC0011. The language needs depth 3 at most.
    /// </summary>
    private static void GuardDepth(SourceText text, List<IToken> tokens, List<Diagnostic> diagnostics)
    {
        var depth = 0;
        var skipping = 0;
        var reported = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Channel != TokenConstants.DefaultChannel || token.Type == TokenConstants.EOF)
            {
                continue;
            }

            var opens = token.Type is IncidentLexer.LBRACE or IncidentLexer.LBRACKET;
            var closes = token.Type is IncidentLexer.RBRACE or IncidentLexer.RBRACKET;
            if (skipping == 0 && opens && depth >= MaxNestingDepth)
            {
                skipping = 1;
                if (!reported)
                {
                    reported = true;
                    diagnostics.Add(Diagnostic.Create(
                        DiagnosticDescriptors.NestingTooDeep, text, new TextSpan(token.StartIndex, 1),
                        token.Text, MaxNestingDepth + 1, MaxNestingDepth, token.Type == IncidentLexer.LBRACE ? "}" : "]"));
                }

                tokens[i] = new CommonToken(token) { Channel = ErrorsChannel };
                continue;
            }

            if (skipping > 0)
            {
                skipping += opens ? 1 : closes ? -1 : 0;
                tokens[i] = new CommonToken(token) { Channel = ErrorsChannel };
                continue;
            }

            depth = opens ? depth + 1 : closes ? Math.Max(0, depth - 1) : depth;
        }
    }

    internal static Diagnostic ToDiagnostic(SourceText text, SyntaxError error)
    {
        var expected = DescribeExpected(error.Expected);
        if (error.Kind == SyntaxErrorKind.Missing)
        {
            // Zero-width, right after the last real token (Roslyn style); at the offending token if there is none.
            var at = error.Previous is { } previous ? previous.StopIndex + 1 : Math.Max(0, error.Offending.StartIndex);
            at = Math.Clamp(at, 0, text.Length);
            return Diagnostic.Create(DiagnosticDescriptors.ExpectedToken, text, new TextSpan(at, 0), expected);
        }

        var span = error.Offending.Type == TokenConstants.EOF
            ? new TextSpan(text.Length, 0)
            : TextSpan.FromBounds(error.Offending.StartIndex, error.Offending.StopIndex + 1);
        return Diagnostic.Create(DiagnosticDescriptors.UnexpectedToken, text, span, $"{DescribeToken(error.Offending)}; expected {expected}");
    }

    private static readonly int[] KeywordTypes =
        [IncidentLexer.INCIDENT, IncidentLexer.SOURCE, IncidentLexer.ACTOR, IncidentLexer.TARGET, IncidentLexer.CLAIM, IncidentLexer.STATEMENT, IncidentLexer.EVENT,
         IncidentLexer.PARTY, IncidentLexer.MALWARE, IncidentLexer.TOOL, IncidentLexer.VULNERABILITY, IncidentLexer.INDICATOR, IncidentLexer.RECOMMENDATION, IncidentLexer.REVISION];

    private static readonly int[] ValueStartTypes =
        [IncidentLexer.STRING, IncidentLexer.TRIPLE_STRING, IncidentLexer.DATE, IncidentLexer.INT, IncidentLexer.DECIMAL, IncidentLexer.IDENT, IncidentLexer.LBRACKET];

    /// <summary>Names an expected-token set in words an analyst understands.</summary>
    internal static string DescribeExpected(IntervalSet expected)
    {
        var types = expected.ToList().ToHashSet();
        var parts = new List<string>();
        if (KeywordTypes.All(types.Contains))
        {
            types.ExceptWith(KeywordTypes);
            if (types.Remove(IncidentLexer.IDENT))
            {
                parts.Add("a property");
                parts.Add("a declaration");
            }
            else
            {
                parts.Add("a declaration");
            }
        }

        if (ValueStartTypes.All(types.Contains))
        {
            types.ExceptWith(ValueStartTypes);
            parts.Add("a value");
        }

        var rest = new List<string>();
        foreach (var type in types.Order())
        {
            rest.Add(type switch
            {
                TokenConstants.EOF => "end of file",
                IncidentLexer.IDENT => "a name",
                IncidentLexer.STRING or IncidentLexer.TRIPLE_STRING => "a string",
                IncidentLexer.DATE => "a date",
                IncidentLexer.INT => "an integer",
                IncidentLexer.DECIMAL => "a number",
                IncidentLexer.COLON => "':'",
                IncidentLexer.LBRACE => "'{'",
                IncidentLexer.RBRACE => "'}'",
                IncidentLexer.LBRACKET => "'['",
                IncidentLexer.RBRACKET => "']'",
                IncidentLexer.COMMA => "','",
                _ => $"'{IncidentLexer.DefaultVocabulary.GetLiteralName(type)?.Trim('\'') ?? IncidentLexer.DefaultVocabulary.GetDisplayName(type)}'",
            });
        }

        parts.AddRange(rest.Order(StringComparer.Ordinal));
        return parts.Count switch
        {
            0 => "something else",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " or " + parts[^1],
        };
    }

    private static string DescribeToken(IToken token) => token.Type switch
    {
        TokenConstants.EOF => "end of file",
        IncidentLexer.STRING or IncidentLexer.TRIPLE_STRING => "string " + Shorten(token.Text),
        IncidentLexer.IDENT => $"name '{token.Text}'",
        _ when KeywordTypes.Contains(token.Type) => $"keyword '{token.Text}'",
        _ => $"token '{Shorten(token.Text)}'",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
