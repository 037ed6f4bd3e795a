using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Formatting;

/// <summary>
/// The canonical layout (issue: editor experience): two-space indentation, one property per line,
/// one blank line between declarations (an author's single blank line between properties is
/// kept), lists on one line when they fit in 100 columns, else one item per line with a
/// trailing comma, canonical string escapes. Every comment is kept, before the token it
/// preceded or after the token it followed. Works on the syntax tree; a tree with syntax
/// errors is not formatted. Formatting never changes meaning (the bound model is identical).
/// </summary>
public sealed class SyntaxFormatter
{
    private readonly SyntaxTree _tree;
    private readonly FormattingOptions _options;
    private readonly FormattingWriter _writer;
    private int _previousEnd;

    private SyntaxFormatter(SyntaxTree tree, FormattingOptions options)
    {
        _tree = tree;
        _options = options;
        var text = tree.Text.Text;
        var firstBreak = text.IndexOfAny(['\r', '\n']);
        var newLine = options.NewLine ?? (firstBreak >= 0 && text[firstBreak] == '\r' && firstBreak + 1 < text.Length && text[firstBreak + 1] == '\n' ? "\r\n" : "\n");
        _writer = new FormattingWriter(options, newLine);
    }

    /// <summary>The formatted text, or null when the tree has syntax errors (then the file must be left as it is).</summary>
    public static string? Format(SyntaxTree tree, FormattingOptions? options = null)
    {
        if (tree.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }

        var formatter = new SyntaxFormatter(tree, options ?? FormattingOptions.Default);
        formatter.FormatCompilationUnit(tree.Root);
        return formatter._writer.ToString();
    }

    private void FormatCompilationUnit(CompilationUnitSyntax root)
    {
        for (var i = 0; i < root.Declarations.Length; i++)
        {
            if (i > 0)
            {
                _writer.RequestBlankLine();
            }

            FormatDeclaration(root.Declarations[i]);
        }

        _writer.StartLine();
        WriteLeadingComments(root.EndOfFileToken, _writer.Indent);
        _writer.StartLine();
    }

    private void FormatDeclaration(DeclarationSyntax declaration)
    {
        _writer.StartLine();
        WriteToken(declaration.Keyword);
        if (declaration.Name is not null)
        {
            _writer.Space();
            WriteToken(declaration.Name);
        }

        _writer.Space();
        WriteToken(declaration.OpenBrace);
        var closeHasComments = declaration.CloseBrace.LeadingTrivia.Any(t => SyntaxFacts.IsComment(t.Kind));
        if (declaration.Members.IsEmpty && !closeHasComments)
        {
            WriteToken(declaration.CloseBrace);
            return;
        }

        _writer.Indent++;
        for (var i = 0; i < declaration.Members.Length; i++)
        {
            var member = declaration.Members[i];
            if (i > 0 && (member is DeclarationSyntax || declaration.Members[i - 1] is DeclarationSyntax || HasBlankLineBefore(member.GetFirstToken()!)))
            {
                _writer.RequestBlankLine();
            }

            _writer.StartLine();
            if (member is DeclarationSyntax nested)
            {
                FormatDeclaration(nested);
            }
            else
            {
                FormatProperty((PropertySyntax)member);
            }
        }

        _writer.StartLine();
        WriteLeadingComments(declaration.CloseBrace, _writer.Indent);
        _writer.Indent--;
        _writer.StartLine();
        WriteToken(declaration.CloseBrace, skipLeading: true);
    }

    private void FormatProperty(PropertySyntax property)
    {
        WriteToken(property.Name);
        WriteToken(property.Colon);
        _writer.Space();
        FormatValue(property.Value);
    }

    private void FormatValue(ValueSyntax value)
    {
        switch (value)
        {
            case ListValueSyntax list:
                FormatList(list);
                break;
            case LiteralValueSyntax { Token: { Kind: SyntaxKind.StringLiteralToken, Value: string text } token }:
                if (token.Text.StartsWith("\"\"\"", StringComparison.Ordinal))
                {
                    WriteToken(token, replacement: TripleQuoted(text));
                }
                else
                {
                    WriteToken(token, replacement: StringLiteralFormatter.Quote(text));
                }

                break;
            case LiteralValueSyntax literal:
                WriteToken(literal.Token);
                break;
            case NameValueSyntax name:
                WriteToken(name.Identifier);
                break;
        }
    }

    private string TripleQuoted(string value)
    {
        var indentation = _writer.Indentation(_writer.Indent + 1);
        var lines = value.Split('\n').Select(line => line.Length == 0 ? line : indentation + line);
        return "\"\"\"\n" + string.Join('\n', lines) + "\n" + indentation + "\"\"\"";
    }

    private void FormatList(ListValueSyntax list)
    {
        // Comments before the '[' are written first (the list then starts on a continuation line); they do not make the
        // list multi-line, since once formatted they follow the ':' and the list no longer owns them (stable formatting).
        var openComments = list.OpenBracket.LeadingTrivia.Any(t => SyntaxFacts.IsComment(t.Kind));
        if (openComments)
        {
            WriteLeadingComments(list.OpenBracket, _writer.Indent);
        }

        var inline = InlineText(list, outermost: true);
        if (inline is not null && _writer.NextColumn + inline.Length <= _options.MaxLineLength)
        {
            foreach (var token in list.DescendantTokens())
            {
                _previousEnd = token.Span.End;
            }

            _writer.Write(inline);
            WriteTrailingComments(list.CloseBracket);
            return;
        }

        WriteToken(list.OpenBracket, skipLeading: openComments);
        _writer.Indent++;
        for (var i = 0; i < list.ItemsAndSeparators.Length; i++)
        {
            if (list.ItemsAndSeparators[i] is not ValueSyntax item)
            {
                continue;
            }

            _writer.StartLine();
            FormatValue(item);
            if (i + 1 < list.ItemsAndSeparators.Length && list.ItemsAndSeparators[i + 1] is SyntaxToken comma)
            {
                WriteToken(comma);
            }
            else
            {
                _writer.Write(",");
            }
        }

        _writer.StartLine();
        WriteLeadingComments(list.CloseBracket, _writer.Indent);
        _writer.Indent--;
        _writer.StartLine();
        WriteToken(list.CloseBracket, skipLeading: true);
    }

    /// <summary>
    /// The one-line form of a list, or null when it must be multi-line (comments or multi-line strings inside). The comments
    /// before the <paramref name="outermost"/> list's '[' are not inside it (<see cref="FormatList"/> writes them first).
    /// </summary>
    private static string? InlineText(ListValueSyntax list, bool outermost = false)
    {
        foreach (var token in list.DescendantTokens())
        {
            IEnumerable<SyntaxTrivia> trivia = token == list.CloseBracket ? token.LeadingTrivia
                : outermost && token == list.OpenBracket ? token.TrailingTrivia
                : token.LeadingTrivia.Concat(token.TrailingTrivia);
            if (trivia.Any(t => SyntaxFacts.IsComment(t.Kind)) || token.Text.StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                return null;
            }
        }

        var items = new List<string>();
        foreach (var item in list.Items)
        {
            var text = item switch
            {
                ListValueSyntax nested => InlineText(nested),
                LiteralValueSyntax { Token: { Kind: SyntaxKind.StringLiteralToken, Value: string s } } => StringLiteralFormatter.Quote(s),
                LiteralValueSyntax literal => literal.Token.Text,
                NameValueSyntax name => name.Identifier.Text,
                _ => null,
            };
            if (text is null)
            {
                return null;
            }

            items.Add(text);
        }

        return "[" + string.Join(", ", items) + "]";
    }

    // ------------------------------------------------------------------ tokens and comments

    private void WriteToken(SyntaxToken token, string? replacement = null, bool skipLeading = false)
    {
        if (!skipLeading)
        {
            WriteLeadingComments(token, _writer.Indent, tokenFollows: true);
        }

        var text = replacement ?? token.Text;
        if (text.Contains('\n'))
        {
            _writer.WriteMultiline(text);
        }
        else
        {
            _writer.Write(text);
        }

        _previousEnd = token.Span.End;
        WriteTrailingComments(token);
    }

    /// <summary>
    /// Writes the comments before <paramref name="token"/>. A comment that starts a line stays at the start of a line; a block
    /// comment followed on its line by more comments or by the token (when <paramref name="tokenFollows"/>: the token is written
    /// next) keeps them on that line, so no token moves to another line than the one after it (a <c>// inc-disable-next-line</c>
    /// comment before <c>/* note */ tool t {</c> must still be the line before the declaration).
    /// </summary>
    private void WriteLeadingComments(SyntaxToken token, int indent, bool tokenFollows = false)
    {
        var saved = _writer.Indent;
        _writer.Indent = indent;
        var comments = token.LeadingTrivia.Where(t => SyntaxFacts.IsComment(t.Kind)).ToList();
        var onCommentLine = false;
        for (var i = 0; i < comments.Count; i++)
        {
            var trivia = comments[i];
            if (_writer.AtLineStart || onCommentLine)
            {
                if (_writer.AtLineStart && NewLinesBetween(_previousEnd, trivia.Position) >= 2)
                {
                    _writer.RequestBlankLine();
                }

                if (onCommentLine)
                {
                    _writer.Space();
                }

                WriteComment(trivia);
                var next = i + 1 < comments.Count ? comments[i + 1].Position : tokenFollows ? token.Position : -1;
                onCommentLine = trivia.Kind == SyntaxKind.MultiLineCommentTrivia && next >= 0 && NewLinesBetween(trivia.Span.End, next) == 0;
                if (!onCommentLine)
                {
                    _writer.StartLine();
                }
                else if (i + 1 == comments.Count)
                {
                    _writer.Space();
                }
            }
            else
            {
                _writer.Space();
                WriteComment(trivia);
                if (trivia.Kind == SyntaxKind.SingleLineCommentTrivia)
                {
                    _writer.BreakBeforeNextContent();
                }
                else
                {
                    _writer.Space();
                }
            }

            _previousEnd = trivia.Span.End;
        }

        if (_writer.AtLineStart && token.Kind != SyntaxKind.EndOfFileToken && NewLinesBetween(_previousEnd, token.Position) >= 2 && token.LeadingTrivia.Any(t => SyntaxFacts.IsComment(t.Kind)))
        {
            _writer.RequestBlankLine();
        }

        _writer.Indent = saved;
    }

    private void WriteTrailingComments(SyntaxToken token)
    {
        foreach (var trivia in token.TrailingTrivia.Where(t => SyntaxFacts.IsComment(t.Kind)))
        {
            _writer.Space();
            WriteComment(trivia);
            _previousEnd = trivia.Span.End;
            if (trivia.Kind == SyntaxKind.SingleLineCommentTrivia)
            {
                _writer.BreakBeforeNextContent();
            }
        }
    }

    private void WriteComment(SyntaxTrivia trivia)
    {
        var text = trivia.Kind == SyntaxKind.SingleLineCommentTrivia ? trivia.Text.TrimEnd() : trivia.Text;
        if (text.Contains('\n') || text.Contains('\r'))
        {
            _writer.WriteMultiline(text);
        }
        else
        {
            _writer.Write(text);
        }
    }

    private bool HasBlankLineBefore(SyntaxToken token)
    {
        var first = token.Position;
        foreach (var trivia in token.LeadingTrivia)
        {
            if (SyntaxFacts.IsComment(trivia.Kind))
            {
                first = trivia.Position;
                break;
            }
        }

        return NewLinesBetween(_previousEnd, first) >= 2;
    }

    private int NewLinesBetween(int start, int end)
    {
        var text = _tree.Text.Text;
        var count = 0;
        for (var i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}
