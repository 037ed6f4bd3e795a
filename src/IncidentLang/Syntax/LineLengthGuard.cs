using Antlr4.Runtime;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax.Generated;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// INC0010: a line longer than <see cref="SyntaxLimits.MaxLineLength"/> is not parsed beyond the limit.
/// <see cref="LineLimitedLexer"/> does not lex such a line beyond the token that crosses the limit; then
/// the tokens that reach past the limit on the line (a string that starts before it and
/// runs on, everything after it up to the line's end) become one token on the error channel, which the
/// tree keeps as one skipped-tokens trivia; one diagnostic per long line spans the part beyond the limit.
/// So a 10 MB line or string is one token the parser never sees: no list of a million items, no message
/// quoting megabytes.
/// </summary>
internal static class LineLengthGuard
{
    public static void Apply(SourceText text, List<IToken> tokens, List<Diagnostic> diagnostics)
    {
        if (text.Length <= SyntaxLimits.MaxLineLength)
        {
            return;
        }

        List<IToken>? result = null;
        var next = 0;          // the first token of the input not yet copied to result
        var coveredTo = -1;    // the last character the merged tokens so far cover
        for (var line = 0; line < text.LineCount; line++)
        {
            var span = text.GetLineSpan(line);
            if (span.Length <= SyntaxLimits.MaxLineLength)
            {
                continue;
            }

            var cut = span.Start + SyntaxLimits.MaxLineLength;
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.LineTooLong, text, TextSpan.FromBounds(cut, span.End), line + 1, span.Length, SyntaxLimits.MaxLineLength));
            if (coveredTo >= span.End - 1)
            {
                continue; // a token merged for an earlier line (a string over several lines) already covers this one
            }

            result ??= new List<IToken>(tokens.Count);
            var first = next;
            while (tokens[first].Type != TokenConstants.EOF && tokens[first].StopIndex < cut)
            {
                first++;
            }

            if (tokens[first].Type == TokenConstants.EOF || tokens[first].StartIndex >= span.End)
            {
                continue;
            }

            var last = first;
            while (tokens[last + 1].Type != TokenConstants.EOF && tokens[last + 1].StartIndex < span.End)
            {
                last++;
            }

            for (var i = next; i < first; i++)
            {
                result.Add(tokens[i]);
            }

            result.Add(new CommonToken(tokens[first])
            {
                // Not a trivia kind nor ERROR_CHAR (which would quote the text in an INC0001): plain skipped text.
                Type = IncidentLexer.STRING,
                Channel = SyntaxParser.ErrorsChannel,
                // To the line's end at least: LineLimitedLexer lexed nothing after the token that crossed the limit.
                StopIndex = Math.Max(tokens[last].StopIndex, span.End - 1),
                Text = null,
            });
            coveredTo = Math.Max(tokens[last].StopIndex, span.End - 1);
            next = last + 1;
        }

        if (result is null)
        {
            return;
        }

        for (var i = next; i < tokens.Count; i++)
        {
            result.Add(tokens[i]);
        }

        tokens.Clear();
        tokens.AddRange(result);
    }
}
