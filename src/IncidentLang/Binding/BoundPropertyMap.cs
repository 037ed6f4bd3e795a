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
    // The order a FrozenDictionary(StringComparer.Ordinal) enumerates a sequence of keys in, and the keys in that order, once per
    // distinct sequence (keyed by the names joined with '\n', looked up without building that string).
    private const int MaxCachedOrders = 4096;
    private static readonly ConcurrentDictionary<string, PropertyLayout> Layouts = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, PropertyLayout>.AlternateLookup<ReadOnlySpan<char>> LayoutsBySpan =
        Layouts.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ImmutableArray<BoundProperty> _items;

    // The canonical names of _items, in the same order: one array shared by every map of the same names, so a lookup by name reads
    // one small, often-read array instead of each property's definition.
    private readonly string[] _names;

    private BoundPropertyMap(ImmutableArray<BoundProperty> items, string[] names)
    {
        _items = items;
        _names = names;
    }

    public static BoundPropertyMap Empty { get; } = new([], []);

    /// <summary>The properties in enumeration order.</summary>
    public ImmutableArray<BoundProperty> Values => _items;

    public IEnumerable<string> Keys => _items.Select(p => p.Definition.Name);

    public int Count => _items.Length;

    public BoundProperty this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No property '{key}'.");

    IEnumerable<BoundProperty> IReadOnlyDictionary<string, BoundProperty>.Values => _items;

    /// <summary>The map of <paramref name="properties"/>, given in source order with distinct canonical names.</summary>
    internal static BoundPropertyMap Create(List<BoundProperty> properties)
    {
        if (properties.Count == 0)
        {
            return Empty;
        }

        var layout = LayoutOf(properties);
        var order = layout.Order;
        var items = new BoundProperty[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            items[i] = properties[order[i]];
        }

        return new(ImmutableCollectionsMarshal.AsImmutableArray(items), layout.Names);
    }

    private static PropertyLayout LayoutOf(List<BoundProperty> properties)
    {
        var length = properties.Count - 1;
        foreach (var property in properties)
        {
            length += property.Definition.Name.Length;
        }

        var buffer = length <= 512 ? stackalloc char[length] : new char[length];
        var written = 0;
        for (var i = 0; i < properties.Count; i++)
        {
            if (i > 0)
            {
                buffer[written++] = '\n';
            }

            var name = properties[i].Definition.Name;
            name.CopyTo(buffer[written..]);
            written += name.Length;
        }

        if (LayoutsBySpan.TryGetValue(buffer, out var layout))
        {
            return layout;
        }

        var order = properties.Count == 1 ? [0] : FrozenOrderOf(properties);
        var names = new string[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            names[i] = properties[order[i]].Definition.Name;
        }

        layout = new PropertyLayout(order, names);
        if (Layouts.Count < MaxCachedOrders)
        {
            layout = Layouts.GetOrAdd(new string(buffer), layout);
        }

        return layout;
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
        return index < 0 ? this : new(_items.SetItem(index, property), _names);
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
        var names = _names;
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
