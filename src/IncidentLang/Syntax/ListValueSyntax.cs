using System.Collections.Immutable;
using System.Runtime.InteropServices;

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
        Items = ValuesOf(itemsAndSeparators);
        CloseBracket = Adopt(closeBracket);
    }

    public override SyntaxKind Kind => SyntaxKind.ListValue;

    // One exact-size array, no iterator or builder: a report has a list on every third line.
    private static ImmutableArray<ValueSyntax> ValuesOf(ImmutableArray<SyntaxNode> itemsAndSeparators)
    {
        var count = 0;
        foreach (var node in itemsAndSeparators)
        {
            count += node is ValueSyntax ? 1 : 0;
        }

        var values = new ValueSyntax[count];
        var next = 0;
        foreach (var node in itemsAndSeparators)
        {
            if (node is ValueSyntax value)
            {
                values[next++] = value;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(values);
    }

    public SyntaxToken OpenBracket { get; }

    /// <summary>Values and comma tokens, in text order.</summary>
    public ImmutableArray<SyntaxNode> ItemsAndSeparators { get; }

    public ImmutableArray<ValueSyntax> Items { get; }

    public SyntaxToken CloseBracket { get; }

    public override int ChildCount => ItemsAndSeparators.Length + 2;

    public override SyntaxNode GetChild(int index) =>
        index == 0 ? OpenBracket
        : (uint)(index - 1) < (uint)ItemsAndSeparators.Length ? ItemsAndSeparators[index - 1]
        : index == ItemsAndSeparators.Length + 1 ? CloseBracket
        : throw new ArgumentOutOfRangeException(nameof(index));
}
