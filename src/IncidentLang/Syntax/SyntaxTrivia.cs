using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// Text between tokens: whitespace, line ends, comments, and tokens skipped by error recovery. A value (16 bytes), not an
/// object: a report has nearly one trivia per token (indentation, the line end, the space after a colon), and as objects
/// they were a quarter of the syntax tree's allocations and of the objects the garbage collector traced.
/// </summary>
public readonly struct SyntaxTrivia : IEquatable<SyntaxTrivia>
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

    public bool Equals(SyntaxTrivia other) => Kind == other.Kind && Position == other.Position && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is SyntaxTrivia other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, Position, Text);

    public static bool operator ==(SyntaxTrivia left, SyntaxTrivia right) => left.Equals(right);

    public static bool operator !=(SyntaxTrivia left, SyntaxTrivia right) => !left.Equals(right);
}
