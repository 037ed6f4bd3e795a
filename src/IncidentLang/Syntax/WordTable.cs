namespace IncidentLang.Syntax;

/// <summary>
/// One string per distinct word (identifier, date or integer text) of a run of tokens: a report repeats its property names, its
/// enumeration values and its references on every declaration (the 2,000-claim file has 36,000 identifiers and a few hundred
/// distinct ones), and the tree lives as long as the compilation.
/// </summary>
/// <remarks>
/// An open-addressing table probed with a multiplicative hash of the characters, compared in place. It replaced a
/// <c>HashSet&lt;string&gt;</c> looked up by span, whose comparer is called through an interface twice per word: that lookup was
/// 3.8 % of a large check's samples. A word that finds no free slot within <see cref="MaxProbes"/> (many texts with one hash, as
/// only a crafted file has) is copied without being shared, so no input makes interning cost more than linear time.
/// </remarks>
internal sealed class WordTable
{
    /// <summary>The longest probe sequence tried before a word is copied unshared.</summary>
    internal const int MaxProbes = 32;

    private string?[] _slots;
    private int _count;

    /// <param name="capacity">The first number of slots, a power of two.</param>
    public WordTable(int capacity = 64)
    {
        if (capacity < 2 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity is a power of two, at least 2.");
        }

        _slots = new string?[capacity];
    }

    /// <summary>
    /// A table sized for <paramref name="tokenCount"/> tokens: a word per 32 tokens, between 64 and 1,024 slots. A small report
    /// gets a small table (a 10,000-file check makes one per file), and a run of a large one rarely grows: it has a few hundred
    /// distinct words.
    /// </summary>
    public static WordTable ForTokens(int tokenCount) =>
        new((int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(tokenCount / 32, 64, 1024)));

    /// <summary>The number of slots now.</summary>
    internal int Capacity => _slots.Length;

    /// <summary>The shared string equal to <paramref name="text"/>, made on its first occurrence.</summary>
    public string Intern(ReadOnlySpan<char> text)
    {
        var hash = Hash(text);
        var mask = _slots.Length - 1;
        for (var probe = 0; probe < MaxProbes; probe++)
        {
            var index = (int)((hash + (uint)probe) & (uint)mask);
            var slot = _slots[index];
            if (slot is null)
            {
                var word = text.ToString();
                _slots[index] = word;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return word;
            }

            if (slot.Length == text.Length && text.SequenceEqual(slot))
            {
                return slot;
            }
        }

        return text.ToString();
    }

    internal static uint Hash(ReadOnlySpan<char> text)
    {
        // FNV-1a over the UTF-16 code units, then a final mix so the low bits (the slot) depend on every character.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        _count = 0;
        foreach (var word in old)
        {
            if (word is not null)
            {
                Reinsert(word);
            }
        }
    }

    private void Reinsert(string word)
    {
        var hash = Hash(word);
        var mask = _slots.Length - 1;
        for (var probe = 0; probe < MaxProbes; probe++)
        {
            var index = (int)((hash + (uint)probe) & (uint)mask);
            if (_slots[index] is null)
            {
                _slots[index] = word;
                _count++;
                return;
            }
        }

        // No free slot near its hash in the larger table: the word stays out (later occurrences are copied unshared).
    }
}
