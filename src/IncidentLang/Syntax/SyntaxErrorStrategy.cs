using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using IncidentLang.Syntax.Generated;
using Parser = Antlr4.Runtime.Parser;

namespace IncidentLang.Syntax;

/// <summary>
/// ANTLR's default recovery (single-token insertion and deletion, then resynchronisation),
/// with its reports turned into structured syntax errors instead of console messages.
/// A missing token becomes INC0004; an unwanted token INC0005; a mismatch is INC0004 when
/// the input simply stops (end of file or a closing bracket) and INC0005 otherwise.
/// </summary>
internal sealed class SyntaxErrorStrategy : DefaultErrorStrategy
{
    public List<SyntaxError> Errors { get; } = [];

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        var kind = recognizer.CurrentToken.Type == TokenConstants.EOF ? SyntaxErrorKind.Missing : SyntaxErrorKind.Unexpected;
        Errors.Add(new SyntaxError(kind, recognizer.CurrentToken, PreviousToken(recognizer), GetExpectedTokens(recognizer)));
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        Errors.Add(new SyntaxError(SyntaxErrorKind.Missing, recognizer.CurrentToken, PreviousToken(recognizer), GetExpectedTokens(recognizer)));
    }

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) => ReportMismatch(recognizer, e);

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) => ReportMismatch(recognizer, e);

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) => ReportMismatch(recognizer, e);

    private void ReportMismatch(Parser recognizer, RecognitionException e)
    {
        var offending = e.OffendingToken ?? recognizer.CurrentToken;
        var expected = e.GetExpectedTokens() ?? GetExpectedTokens(recognizer);
        var kind = offending.Type is TokenConstants.EOF or IncidentLexer.RBRACE or IncidentLexer.RBRACKET
            ? SyntaxErrorKind.Missing
            : SyntaxErrorKind.Unexpected;
        Errors.Add(new SyntaxError(kind, offending, PreviousToken(recognizer, offending), expected));
    }

    private static IToken? PreviousToken(Parser recognizer) => PreviousToken(recognizer, recognizer.CurrentToken);

    private static IToken? PreviousToken(Parser recognizer, IToken current)
    {
        var stream = (ITokenStream)recognizer.InputStream;
        for (var i = current.TokenIndex - 1; i >= 0; i--)
        {
            var token = stream.Get(i);
            if (token.Channel == TokenConstants.DefaultChannel)
            {
                return token;
            }
        }

        return null;
    }
}
