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
    public SyntaxToken(SyntaxKind kind, int position, string text, object? value, ImmutableArray<SyntaxTrivia> leadingTrivia, ImmutableArray<SyntaxTrivia> trailingTrivia, bool isMissing = false)
    {
        Kind = kind;
        Position = position;
        Text = text;
        Value = value;
        LeadingTrivia = leadingTrivia;
        TrailingTrivia = trailingTrivia;
        IsMissing = isMissing;
    }

    public override SyntaxKind Kind { get; }

    /// <summary>The offset of the token's own text (after its leading trivia).</summary>
    public int Position { get; }

    public string Text { get; }

    /// <summary>The decoded value: string contents, <see cref="DateValue"/>, or int; null when the literal is malformed.</summary>
    public object? Value { get; }

    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }

    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

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

    public override IEnumerable<SyntaxNode> GetChildren() => [];

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
