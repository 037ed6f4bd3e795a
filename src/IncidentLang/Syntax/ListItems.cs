using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// What a fix needs to know about the other items of a list value, so that no fix makes a list name the same thing twice
/// (<c>sources: [s1, s2]</c> with only <c>s1</c> declared is not "fixed" into <c>[s1, s1]</c>; docs/language.md, "Fixing what can be fixed").
/// </summary>
internal static class ListItems
{
    /// <summary>
    /// The texts of the other items of the list whose item <paramref name="token"/> is (names and literals as written);
    /// empty when the token is not an item of a list.
    /// </summary>
    public static IReadOnlyList<string> OtherItemTexts(SyntaxToken token)
    {
        if (token.Parent is not ValueSyntax { Parent: ListValueSyntax list } item)
        {
            return [];
        }

        var texts = new List<string>(list.Items.Length);
        foreach (var other in list.Items)
        {
            if (other != item && TokenOf(other) is { IsMissing: false } otherToken)
            {
                texts.Add(otherToken.Text);
            }
        }

        return texts;
    }

    /// <summary>
    /// What removing <paramref name="item"/> from <paramref name="list"/> deletes: from the item to the next item (its comma
    /// and the space after it), or, for the last item, from the end of the item before it. Null when it is the only item.
    /// </summary>
    public static TextSpan? RemovalSpan(ListValueSyntax list, ValueSyntax item)
    {
        var index = list.Items.IndexOf(item);
        if (index < 0 || list.Items.Length < 2)
        {
            return null;
        }

        return index + 1 < list.Items.Length
            ? TextSpan.FromBounds(item.Span.Start, list.Items[index + 1].Span.Start)
            : TextSpan.FromBounds(list.Items[index - 1].Span.End, item.Span.End);
    }

    private static SyntaxToken? TokenOf(ValueSyntax value) => value switch
    {
        NameValueSyntax name => name.Identifier,
        LiteralValueSyntax literal => literal.Token,
        _ => null,
    };
}
