using System.Collections;
using System.Collections.Immutable;

namespace IncidentLang.Syntax;

/// <summary>
/// A token's leading or trailing trivia: a view of consecutive items in one array that the parser fills for the whole file, so
/// a token costs no array of its own (a report has a trivia array on nearly every token: indentation, a line end, the space
/// after a colon; as separate arrays they were a fifth of the parser's allocations and a third of the tree's objects). A
/// value; <c>default</c> is empty.
/// </summary>
public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>, IEquatable<SyntaxTriviaList>
{
    private readonly SyntaxTrivia[]? _items;
    private readonly int _start;

    /// <summary>A list of <paramref name="trivia"/> (copied).</summary>
    public SyntaxTriviaList(ImmutableArray<SyntaxTrivia> trivia)
        : this(trivia.IsDefaultOrEmpty ? null : [.. trivia], 0, trivia.IsDefaultOrEmpty ? 0 : trivia.Length)
    {
    }

    internal SyntaxTriviaList(SyntaxTrivia[]? items, int start, int count)
    {
        _items = items;
        _start = start;
        Count = count;
    }

    public static SyntaxTriviaList Empty => default;

    public int Count { get; }

    public bool IsEmpty => Count == 0;

    public SyntaxTrivia this[int index] => (uint)index < (uint)Count ? _items![_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public ReadOnlySpan<SyntaxTrivia> AsSpan() => _items is null ? default : _items.AsSpan(_start, Count);

    public ImmutableArray<SyntaxTrivia> ToImmutableArray() => [.. AsSpan()];

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<SyntaxTrivia> IEnumerable<SyntaxTrivia>.GetEnumerator()
    {
        foreach (var trivia in this)
        {
            yield return trivia;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<SyntaxTrivia>)this).GetEnumerator();

    /// <summary>Equal when both hold equal trivia in the same order (wherever they are stored).</summary>
    public bool Equals(SyntaxTriviaList other) => AsSpan().SequenceEqual(other.AsSpan());

    public override bool Equals(object? obj) => obj is SyntaxTriviaList other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var trivia in this)
        {
            hash.Add(trivia);
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(SyntaxTriviaList left, SyntaxTriviaList right) => left.Equals(right);

    public static bool operator !=(SyntaxTriviaList left, SyntaxTriviaList right) => !left.Equals(right);

    /// <summary>Enumerates the list without allocating.</summary>
    public struct Enumerator
    {
        private readonly SyntaxTriviaList _list;
        private int _index;

        internal Enumerator(SyntaxTriviaList list)
        {
            _list = list;
            _index = -1;
        }

        public readonly SyntaxTrivia Current => _list._items![_list._start + _index];

        public bool MoveNext() => ++_index < _list.Count;
    }
}
