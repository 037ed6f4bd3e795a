using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace IncidentLang.Binding;

/// <summary>
/// A symbol's bound properties by canonical name: a small array searched in place, not a hash table per symbol
/// (docs/performance.md, "Many files": a <see cref="FrozenDictionary{TKey, TValue}"/> per symbol was an eighth of binding).
/// <see cref="Values"/> enumerates the properties in the order the frozen dictionary used before enumerated them, so everything
/// that walks them (the catalog declarations an incident uses, in first-use order) is unchanged.
/// </summary>
public sealed class BoundPropertyMap : IReadOnlyDictionary<string, BoundProperty>
{
    // The order a FrozenDictionary(StringComparer.Ordinal) enumerates a sequence of keys in, once per distinct sequence.
    private const int MaxCachedOrders = 4096;
    private static readonly ConcurrentDictionary<string, int[]> FrozenOrders = new(StringComparer.Ordinal);

    private readonly ImmutableArray<BoundProperty> _items;

    private BoundPropertyMap(ImmutableArray<BoundProperty> items) => _items = items;

    public static BoundPropertyMap Empty { get; } = new([]);

    /// <summary>The properties in enumeration order.</summary>
    public ImmutableArray<BoundProperty> Values => _items;

    public IEnumerable<string> Keys => _items.Select(p => p.Definition.Name);

    public int Count => _items.Length;

    public BoundProperty this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No property '{key}'.");

    IEnumerable<BoundProperty> IReadOnlyDictionary<string, BoundProperty>.Values => _items;

    /// <summary>The map of <paramref name="properties"/>, given in source order with distinct canonical names.</summary>
    internal static BoundPropertyMap Create(List<BoundProperty> properties)
    {
        switch (properties.Count)
        {
            case 0:
                return Empty;
            case 1:
                return new([properties[0]]);
        }

        var key = string.Join('\n', properties.Select(p => p.Definition.Name));
        if (!FrozenOrders.TryGetValue(key, out var order))
        {
            order = FrozenOrderOf(properties);
            if (FrozenOrders.Count < MaxCachedOrders)
            {
                FrozenOrders.TryAdd(key, order);
            }
        }

        var items = new BoundProperty[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            items[i] = properties[order[i]];
        }

        return new(ImmutableCollectionsMarshal.AsImmutableArray(items));
    }

    private static int[] FrozenOrderOf(List<BoundProperty> properties)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < properties.Count; i++)
        {
            positions.Add(properties[i].Definition.Name, i);
        }

        return [.. positions.ToFrozenDictionary(StringComparer.Ordinal).Values];
    }

    /// <summary>The same map with the property of the same name replaced by <paramref name="property"/>.</summary>
    internal BoundPropertyMap With(BoundProperty property)
    {
        var index = IndexOf(property.Definition.Name);
        return index < 0 ? this : new(_items.SetItem(index, property));
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out BoundProperty value)
    {
        var index = IndexOf(key);
        value = index < 0 ? null : _items[index];
        return index >= 0;
    }

    /// <summary>The property of that canonical name; null when it is not written.</summary>
    public BoundProperty? Find(string name) => IndexOf(name) is var index and >= 0 ? _items[index] : null;

    public IEnumerator<KeyValuePair<string, BoundProperty>> GetEnumerator()
    {
        foreach (var item in _items)
        {
            yield return new KeyValuePair<string, BoundProperty>(item.Definition.Name, item);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string name)
    {
        var items = _items;
        for (var i = 0; i < items.Length; i++)
        {
            if (string.Equals(items[i].Definition.Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
