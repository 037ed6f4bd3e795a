using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax.Generated;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// Re-parses one member of a top-level incident (a nested declaration or a property), or one top-level declaration, with the
/// ANTLR parser and its error recovery, in exactly the state a parse of the whole file reaches at that member: the same rule
/// invocation stack (the recovery sets and full-context predictions read it), a fresh <see cref="SyntaxErrorStrategy"/>
/// (the whole file's LL parse starts with one, and an error-free prefix leaves it untouched), and the real tokens of the
/// edited text, lexed from the member's first character in the lexer's default mode (where an error-free prefix leaves the
/// lexer). So an edit that breaks the syntax inside a member of an 800 KB file costs a parse of that member, not of the file.
/// <para>
/// The result replaces the member only when the rest of the file is provably parsed as before
/// (<see cref="IncrementalReparser"/> checks the old tree; this class checks the new text): the member's parse ends exactly
/// at the member's old end (shifted by the edit), the next token is the old next token, the lexer is back in its default
/// mode there (before and after the edit), no syntax error needed a token before the member, and the depth guard
/// (<see cref="SyntaxParser.MaxNestingDepth"/>) cannot trigger. Otherwise it returns null and the caller parses the whole text.
/// </para>
/// </summary>
internal static class MemberReparser
{
    /// <summary>
    /// The generated parser's state numbers: where <c>compilationUnit</c> invokes <c>declaration</c> and <c>declaration</c> invokes
    /// <c>member</c>, and the loop-back states where each re-synchronises (<c>Sync</c>) before its next declaration or member.
    /// </summary>
    private static readonly ParserStates States = ParserStates.Find();

    /// <summary>The new members and the syntax diagnostics of their text (parser errors, malformed literals, stray characters).</summary>
    public readonly record struct Result(ImmutableArray<MemberSyntax> Members, ImmutableArray<Diagnostic> Diagnostics);

    /// <param name="text">The edited text.</param>
    /// <param name="fullStart">Where the first member's full span (its leading trivia) starts; unchanged by the edit.</param>
    /// <param name="spanStart">Where the first member's first token starts; unchanged by the edit.</param>
    /// <param name="spanEnd">Where the last member's last token ends in the edited text.</param>
    /// <param name="fullEnd">Where the last member's trailing trivia ends in the edited text.</param>
    /// <param name="next">The first token after the members (in the old tree) and its position in the edited text.</param>
    /// <param name="topLevel">True for top-level declarations, false for members of a top-level incident.</param>
    /// <param name="oldWasErrorFree">True when the old tree had no syntax diagnostic (so its braces and brackets were balanced).</param>
    /// <param name="maxDepth">How deep the old tree nests (declarations and lists; computed only when needed).</param>
    public static Result? TryParse(SourceText text, int fullStart, int spanStart, int spanEnd, int fullEnd, (SyntaxKind Kind, int Position) next, bool topLevel, bool oldWasErrorFree, Func<int> maxDepth)
    {
        var lexer = new IncidentLexer(new AntlrInputStream(text.Text));
        lexer.RemoveErrorListeners();
        lexer.InputStream.Seek(fullStart);
        var stream = new CommonTokenStream(lexer);
        var parser = new IncidentParser(stream) { BuildParseTree = true };
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.LL;
        var strategy = new SyntaxErrorStrategy();
        parser.ErrorHandler = strategy;

        // The invocation stack the whole file's parse has here: compilationUnit > declaration (the incident) > member, or compilationUnit > declaration.
        var unit = new IncidentParser.CompilationUnitContext(null, -1);
        ParserRuleContext parent = topLevel ? unit : new IncidentParser.DeclarationContext(unit, States.Declaration);
        var contexts = new List<ParserRuleContext>();
        if (stream.LT(1).StartIndex != spanStart)
        {
            return null;
        }

        try
        {
            while (true)
            {
                // The loop enters a member only for a token of its start set (keywords; and names inside a declaration).
                var first = stream.LT(1).Type;
                if (!(IsKeyword(first) || (!topLevel && first == IncidentLexer.IDENT)))
                {
                    return null;
                }

                parser.Context = parent;
                parser.State = topLevel ? States.Declaration : States.Member;
                contexts.Add(topLevel ? parser.declaration() : parser.member());
                if (stream.LT(1) is var following && (following.Type == TokenConstants.EOF || following.StartIndex >= spanEnd))
                {
                    break;
                }

                // More of the edited text follows: the loop re-synchronises as the generated parser does, then goes on.
                parser.Context = parent;
                parser.State = topLevel ? States.UnitLoopBack : States.DeclarationLoopBack;
                strategy.Sync(parser);
            }
        }
        catch (RecognitionException)
        {
            return null; // the whole file's parse would have left the enclosing rule here
        }

        // The rest of the file is parsed as before only if the parser stands where it stood after the old members.
        var after = stream.LT(1);
        if (strategy.InErrorRecoveryMode(parser) || after.StartIndex != next.Position || SyntaxTokenBuilder.KindOf(after.Type) != next.Kind)
        {
            return null;
        }

        // An error whose position depends on a token before the members (the previous real token) cannot be placed from here.
        if (strategy.Errors.Any(e => e.Previous is null))
        {
            return null;
        }

        // The members' tokens: from the first one's full start to the end of the last one's trailing trivia, then an end marker that must get no trivia.
        var tokens = new List<IToken>();
        for (var i = 0; i < stream.Size && stream.Get(i) is var token && token.Type != TokenConstants.EOF && token.StartIndex < fullEnd; i++)
        {
            tokens.Add(token);
        }

        if (tokens.Count == 0 || tokens[^1].StopIndex != fullEnd - 1)
        {
            return null;
        }

        if (!DepthGuardCannotTrigger(tokens, topLevel ? 0 : 1, oldWasErrorFree, maxDepth) || !EndsInDefaultMode(text.Text, fullStart, fullEnd))
        {
            return null;
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var error in strategy.Errors)
        {
            diagnostics.Add(SyntaxParser.ToDiagnostic(text, error));
        }

        var converter = new ParseTreeConverter(text, tokens, diagnostics, endMarkerAt: fullEnd);
        if (converter.ConvertMembers(contexts, fullStart) is not { } members
            || members[0].GetFirstToken() is not { IsMissing: false } firstToken || firstToken.Position != spanStart
            || members[^1].GetLastToken() is not { IsMissing: false } lastToken || lastToken.Span.End != spanEnd
            || !converter.EndMarkerHasNoTrivia)
        {
            return null;
        }

        return new Result(members, [.. diagnostics]);
    }

    /// <summary>
    /// True when the lexer, started in its default mode at <paramref name="start"/>, is back in its default mode (nothing on its
    /// mode stack) after the token that ends at <paramref name="end"/>; false when no token ends there. The lexer's mode is its only
    /// state between tokens, so the text after <paramref name="end"/> then lexes as it would from the start of a file.
    /// </summary>
    public static bool EndsInDefaultMode(string text, int start, int end)
    {
        var lexer = new IncidentLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        lexer.InputStream.Seek(start);
        while (true)
        {
            var token = lexer.NextToken();
            if (token.Type == TokenConstants.EOF || token.StopIndex >= end - 1)
            {
                return token.Type != TokenConstants.EOF && token.StopIndex == end - 1
                    && lexer.CurrentMode == Lexer.DEFAULT_MODE && lexer.ModeStack.Count == 0;
            }
        }
    }

    /// <summary>
    /// The depth guard of <see cref="SyntaxParser"/> counts braces and brackets from the start of the file and moves what opens
    /// deeper than <see cref="SyntaxParser.MaxNestingDepth"/> out of the parser's view. The member starts at <paramref name="depth"/>
    /// (an error-free prefix is balanced); nothing in it may open that deep, nor anything after it: the rest of the file starts no
    /// deeper than in the old tree (which the guard did not touch: the old tree had no INC0011), or its deepest nesting
    /// (at most the old tree's, <paramref name="maxDepth"/>) stays below the limit from where it starts now.
    /// </summary>
    private static bool DepthGuardCannotTrigger(List<IToken> tokens, int depth, bool oldWasErrorFree, Func<int> maxDepth)
    {
        var start = depth;
        foreach (var token in tokens)
        {
            var opens = token.Type is IncidentLexer.LBRACE or IncidentLexer.LBRACKET;
            var closes = token.Type is IncidentLexer.RBRACE or IncidentLexer.RBRACKET;
            if (token.Channel != TokenConstants.DefaultChannel || !(opens || closes))
            {
                continue;
            }

            if (opens && depth >= SyntaxParser.MaxNestingDepth)
            {
                return false;
            }

            depth = opens ? depth + 1 : Math.Max(0, depth - 1);
        }

        return (oldWasErrorFree && depth <= start) || depth + maxDepth() < SyntaxParser.MaxNestingDepth;
    }

    private static bool IsKeyword(int type) => SyntaxFacts.IsKeyword(SyntaxTokenBuilder.KindOf(type));

    /// <summary>The state numbers, read from a parse of a sample by the generated parser itself (so a regenerated parser keeps them right).</summary>
    private sealed record ParserStates(int Declaration, int Member, int UnitLoopBack, int DeclarationLoopBack)
    {
        public static ParserStates Find()
        {
            const string Sample = "incident x { claim y { } claim z { } } source s { }";
            var recorder = new SyncRecorder();
            var parser = new IncidentParser(new CommonTokenStream(new IncidentLexer(new AntlrInputStream(Sample)))) { BuildParseTree = true, ErrorHandler = recorder };
            parser.RemoveErrorListeners();
            var incident = parser.compilationUnit().declaration(0);

            // After the first declaration (member), the loop re-synchronises before the second one: "source" ("claim z").
            var unitLoopBack = recorder.Syncs.Single(s => s.Context is IncidentParser.CompilationUnitContext && s.Next == Sample.IndexOf("source", StringComparison.Ordinal)).State;
            var declarationLoopBack = recorder.Syncs.Single(s => ReferenceEquals(s.Context, incident) && s.Next == Sample.IndexOf("claim z", StringComparison.Ordinal)).State;
            return new ParserStates(incident.invokingState, incident.member(0).invokingState, unitLoopBack, declarationLoopBack);
        }
    }

    private sealed class SyncRecorder : DefaultErrorStrategy
    {
        public List<(RuleContext Context, int State, int Next)> Syncs { get; } = [];

        public override void Sync(Antlr4.Runtime.Parser recognizer)
        {
            Syncs.Add((recognizer.Context, recognizer.State, recognizer.CurrentToken.StartIndex));
            base.Sync(recognizer);
        }
    }
}
