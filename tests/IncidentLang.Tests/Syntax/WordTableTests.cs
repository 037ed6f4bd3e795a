using IncidentLang.Syntax;

namespace IncidentLang.Tests.Syntax;

/// <summary>The tree's word interning (<see cref="WordTable"/>): one string per distinct text, and linear time whatever the input.</summary>
public sealed class WordTableTests
{
    [Fact]
    public void Equal_texts_get_one_string_and_different_texts_their_own()
    {
        var table = new WordTable();
        var first = table.Intern("apt29".AsSpan());
        var again = table.Intern("xx apt29".AsSpan(3));
        var other = table.Intern("apt28".AsSpan());
        Assert.Equal("apt29", first);
        Assert.Same(first, again);
        Assert.Equal("apt28", other);
        Assert.Equal(string.Empty, table.Intern(ReadOnlySpan<char>.Empty));
    }

    [Fact]
    public void Every_word_of_a_large_vocabulary_comes_back_as_the_first_string_made_for_it()
    {
        var table = new WordTable();
        var words = Enumerable.Range(0, 100_000).Select(i => $"w{i}-{i % 7}").ToArray();
        var first = words.Select(w => table.Intern(w.AsSpan())).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(words[i], first[i]);
            Assert.Same(first[i], table.Intern(words[i].ToCharArray()));
        }
    }

    [Fact]
    public void Texts_that_share_a_slot_beyond_the_probe_limit_are_still_returned_equal()
    {
        // 200 texts whose hashes agree in their low 12 bits: in a table of 1,024 slots they all start probing at one
        // slot, so all but the first MaxProbes exceed WordTable.MaxProbes and take the unshared path.
        var colliding = new List<string>();
        var target = WordTable.Hash("seed".AsSpan()) & 0xFFF;
        for (var i = 0; colliding.Count < 200; i++)
        {
            var text = "k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if ((WordTable.Hash(text.AsSpan()) & 0xFFF) == target)
            {
                colliding.Add(text);
            }
        }

        var table = new WordTable(1024);
        foreach (var text in colliding.Concat(colliding))
        {
            Assert.Equal(text, table.Intern(text.AsSpan()));
        }

        // The first MaxProbes of them found a slot and are shared.
        Assert.Same(table.Intern(colliding[0].AsSpan()), table.Intern(colliding[0].AsSpan()));
    }

    [Theory]
    [InlineData(10, 64)]
    [InlineData(3_000, 128)]
    [InlineData(30_000, 1024)]
    [InlineData(10_000_000, 1024)]
    public void A_table_for_a_run_of_tokens_has_one_slot_per_32_tokens_between_64_and_1024(int tokens, int slots)
    {
        var table = WordTable.ForTokens(tokens);
        Assert.Equal(slots, table.Capacity);
    }
}
