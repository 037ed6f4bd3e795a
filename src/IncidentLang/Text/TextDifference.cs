namespace IncidentLang.Text;

/// <summary>
/// How one text became another, as one replacement: <see cref="Span"/> of the old text (what lies between the two texts' common prefix
/// and common suffix, which do not overlap) was replaced by <see cref="Inserted"/> of the new one. Both spans are empty when the texts
/// are equal. An editor that sends the whole text on every change (full-text sync) is re-parsed by this difference.
/// </summary>
public readonly record struct TextDifference(TextSpan Span, TextSpan Inserted)
{
    /// <summary>The difference of <paramref name="before"/> and <paramref name="after"/>: the longest common prefix, then the longest common suffix of the rest.</summary>
    public static TextDifference Between(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var prefix = before.CommonPrefixLength(after);
        var limit = Math.Min(before.Length, after.Length) - prefix;
        var suffix = 0;

        // The common suffix by blocks first (a vectorized comparison), then character by character.
        const int Block = 256;
        while (suffix + Block <= limit
               && before.Slice(before.Length - suffix - Block, Block).SequenceEqual(after.Slice(after.Length - suffix - Block, Block)))
        {
            suffix += Block;
        }

        while (suffix < limit && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        return new TextDifference(TextSpan.FromBounds(prefix, before.Length - suffix), TextSpan.FromBounds(prefix, after.Length - suffix));
    }
}
