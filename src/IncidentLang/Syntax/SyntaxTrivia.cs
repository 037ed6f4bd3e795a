using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>Text between tokens: whitespace, line ends, comments, and tokens skipped by error recovery.</summary>
public sealed class SyntaxTrivia
{
    public SyntaxTrivia(SyntaxKind kind, int position, string text)
    {
        Kind = kind;
        Position = position;
        Text = text;
    }

    public SyntaxKind Kind { get; }

    public int Position { get; }

    public string Text { get; }

    public TextSpan Span => new(Position, Text.Length);

    public override string ToString() => Text;
}
