using System.Text;

namespace IncidentLang.Formatting;

/// <summary>
/// Text output that knows about lines: indentation is written lazily when a line gets content,
/// a requested blank line is written once (never at the top of the file), and after a line
/// comment in the middle of a line the next content moves to a continuation line.
/// </summary>
internal sealed class FormattingWriter(FormattingOptions options, string newLine)
{
    private readonly StringBuilder _builder = new();
    private bool _blankRequested;
    private bool _mustBreak;

    public int Indent { get; set; }

    public bool AtLineStart { get; private set; } = true;

    public int Column { get; private set; }

    /// <summary>
    /// The column where the next <see cref="Write"/> will start: after the indentation still to be
    /// written at the start of a line, or on the continuation line a pending break opens.
    /// </summary>
    public int NextColumn => AtLineStart ? Indent * options.IndentSize : _mustBreak ? (Indent + 1) * options.IndentSize : Column;

    public bool IsEmpty => _builder.Length == 0;

    public void Write(string text)
    {
        if (_mustBreak)
        {
            _mustBreak = false;
            if (!AtLineStart)
            {
                NewLine();
                WriteIndentation(Indent + 1);
            }
        }

        if (AtLineStart)
        {
            if (_blankRequested && _builder.Length > 0)
            {
                _builder.Append(newLine);
            }

            _blankRequested = false;
            WriteIndentation(Indent);
        }

        _builder.Append(text);
        Column += text.Length;
    }

    /// <summary>Writes text that contains its own line breaks (block comments, triple-quoted strings) verbatim.</summary>
    public void WriteMultiline(string text)
    {
        Write(string.Empty);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        _builder.Append(lines[0]);
        Column += lines[0].Length;
        for (var i = 1; i < lines.Length; i++)
        {
            _builder.Append(newLine).Append(lines[i]);
            Column = lines[i].Length;
        }
    }

    /// <summary>One space between two pieces of a line (never two: a comment after <c>name: </c> is not pushed further).</summary>
    public void Space()
    {
        if (!AtLineStart && !_mustBreak && (_builder.Length == 0 || _builder[^1] != ' '))
        {
            _builder.Append(' ');
            Column++;
        }
    }

    public void NewLine()
    {
        _builder.Append(newLine);
        AtLineStart = true;
        Column = 0;
        _mustBreak = false;
    }

    /// <summary>Ends the current line if it has content.</summary>
    public void StartLine()
    {
        if (!AtLineStart)
        {
            NewLine();
        }
    }

    public void RequestBlankLine() => _blankRequested = true;

    /// <summary>After a <c>//</c> comment, nothing more may follow on this line.</summary>
    public void BreakBeforeNextContent() => _mustBreak = true;

    public string Indentation(int level) => new(' ', level * options.IndentSize);

    private void WriteIndentation(int level)
    {
        var indentation = Indentation(level);
        _builder.Append(indentation);
        Column = indentation.Length;
        AtLineStart = false;
    }

    public override string ToString() => _builder.ToString();
}
