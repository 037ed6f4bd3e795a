using System.Collections.Immutable;

namespace IncidentLang.Syntax;

/// <summary><c>[a, b, "c",]</c> — items separated by commas, trailing comma allowed.</summary>
public sealed class ListValueSyntax : ValueSyntax
{
    public ListValueSyntax(SyntaxToken openBracket, ImmutableArray<SyntaxNode> itemsAndSeparators, SyntaxToken closeBracket)
    {
        OpenBracket = Adopt(openBracket);
        foreach (var node in itemsAndSeparators)
        {
            Adopt(node);
        }

        ItemsAndSeparators = itemsAndSeparators;
        Items = [.. itemsAndSeparators.OfType<ValueSyntax>()];
        CloseBracket = Adopt(closeBracket);
    }

    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public SyntaxToken OpenBracket { get; }

    /// <summary>Values and comma tokens, in text order.</summary>
    public ImmutableArray<SyntaxNode> ItemsAndSeparators { get; }

    public ImmutableArray<ValueSyntax> Items { get; }

    public SyntaxToken CloseBracket { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return OpenBracket;
        foreach (var node in ItemsAndSeparators)
        {
            yield return node;
        }

        yield return CloseBracket;
    }
}
