using System.Collections.Immutable;
using System.Text;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// A token with its leading and trailing trivia. A missing token (inserted by error recovery)
/// has empty text, no trivia and <see cref="IsMissing"/> set.
/// </summary>
public sealed class SyntaxToken : SyntaxNode
{
    // The leading trivia, then the trailing trivia, at _triviaStart in an array the parser shares between all the tokens of a
    // file (SyntaxTriviaList). Assigned once, by the constructor or by the parser before the tree is published.
    private SyntaxTrivia[]? _trivia;
    private readonly int _triviaStart;
    private readonly int _leadingCount;
    private readonly int _trailingCount;

    public SyntaxToken(SyntaxKind kind, int position, string text, object? value, ImmutableArray<SyntaxTrivia> leadingTrivia, ImmutableArray<SyntaxTrivia> trailingTrivia, bool isMissing = false)
        : this(kind, position, text, value, 0, leadingTrivia.IsDefault ? 0 : leadingTrivia.Length, trailingTrivia.IsDefault ? 0 : trailingTrivia.Length, isMissing)
    {
        if (_leadingCount + _trailingCount > 0)
        {
            _trivia = [.. leadingTrivia.IsDefault ? [] : leadingTrivia, .. trailingTrivia.IsDefault ? [] : trailingTrivia];
        }
    }

    /// <summary>A token whose trivia is at <paramref name="triviaStart"/> in the array the parser attaches with <see cref="AttachTrivia"/>.</summary>
    internal SyntaxToken(SyntaxKind kind, int position, string text, object? value, int triviaStart, int leadingCount, int trailingCount, bool isMissing = false)
    {
        Kind = kind;
        Position = position;
        Text = text;
        Value = value;
        _triviaStart = triviaStart;
        _leadingCount = leadingCount;
        _trailingCount = trailingCount;
        IsMissing = isMissing;
    }

    internal void AttachTrivia(SyntaxTrivia[] trivia) => _trivia ??= trivia;

    /// <summary>
    /// A copy of this token (without a parent) moved by <paramref name="shift"/> characters, whose trivia, moved the same, the caller
    /// has put at <paramref name="triviaStart"/> in an array it attaches later with <see cref="AttachTrivia"/> (one array for every
    /// moved token of a tree rebuilt around an edit).
    /// </summary>
    internal SyntaxToken MovedTo(int shift, int triviaStart) =>
        new(Kind, Position + shift, Text, Value, triviaStart, _leadingCount, _trailingCount, IsMissing) { HasLiteralError = HasLiteralError };

    /// <summary>The array this token's trivia is stored in (the file's, for a parsed token); null when it has none.</summary>
    internal SyntaxTrivia[]? TriviaStorage => _trivia;


    public override SyntaxKind Kind { get; }

    /// <summary>The offset of the token's own text (after its leading trivia).</summary>
    public int Position { get; }

    public string Text { get; }

    /// <summary>The decoded value: string contents, <see cref="DateValue"/>, or int; null when the literal is malformed.</summary>
    public object? Value { get; }

    public SyntaxTriviaList LeadingTrivia => new(_trivia, _triviaStart, _leadingCount);

    public SyntaxTriviaList TrailingTrivia => new(_trivia, _triviaStart + _leadingCount, _trailingCount);

    public bool IsMissing { get; }

    /// <summary>True when the lexer or parser reported an error on this token itself (malformed literal).</summary>
    public bool HasLiteralError { get; init; }

    public override TextSpan Span => new(Position, Text.Length);

    public override TextSpan FullSpan
    {
        get
        {
            var start = LeadingTrivia.IsEmpty ? Position : LeadingTrivia[0].Position;
            var end = TrailingTrivia.IsEmpty ? Span.End : TrailingTrivia[^1].Span.End;
            return TextSpan.FromBounds(start, end);
        }
    }

    public override int ChildCount => 0;

    public override SyntaxNode GetChild(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    internal void WriteTo(StringBuilder builder)
    {
        foreach (var trivia in LeadingTrivia)
        {
            builder.Append(trivia.Text);
        }

        builder.Append(Text);
        foreach (var trivia in TrailingTrivia)
        {
            builder.Append(trivia.Text);
        }
    }
}
