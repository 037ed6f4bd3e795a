using Antlr4.Runtime;
using IncidentLang.Syntax.Generated;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// The lexer, stopped at the line-length limit (INC0010): once a token reaches past the limit of a long
/// line, the rest of that line is not lexed — the lexer goes on at the line's end, in the mode it was in.
/// So ten million stray characters on one line cost one token, not ten million. The characters skipped
/// are in no token; <see cref="LineLengthGuard"/> covers them with the one skipped token of that line.
/// </summary>
internal sealed class LineLimitedLexer : IncidentLexer
{
    private readonly List<(int Cut, int End)> _longLines = [];
    private int _next;

    public LineLimitedLexer(SourceText text)
        : base(new AntlrInputStream(text.Text))
    {
        if (text.Length <= SyntaxLimits.MaxLineLength)
        {
            return;
        }

        for (var line = 0; line < text.LineCount; line++)
        {
            var span = text.GetLineSpan(line);
            if (span.Length > SyntaxLimits.MaxLineLength)
            {
                _longLines.Add((span.Start + SyntaxLimits.MaxLineLength, span.End));
            }
        }
    }

    public override IToken NextToken()
    {
        var token = base.NextToken();
        if (_next == _longLines.Count || token.Type == TokenConstants.EOF)
        {
            return token;
        }

        // Long lines that end before this token ends are behind us (tokens are in order).
        while (_next < _longLines.Count && _longLines[_next].End <= token.StopIndex)
        {
            _next++;
        }

        if (_next < _longLines.Count && token.StopIndex >= _longLines[_next].Cut)
        {
            // The token ends past the limit, inside the line: skip to the line's end.
            InputStream.Seek(_longLines[_next].End);
            _next++;
        }

        return token;
    }
}
