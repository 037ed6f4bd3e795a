using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// A model object for templates with the members of a <see cref="ModelShape"/>, their values in an array: what a
/// <see cref="ScriptObject"/> with the same members (null values included) shows a template — the same members, values,
/// count and order — at ≈ 8 bytes a member instead of a dictionary entry, for the thousands of claims of a large
/// briefing, which live until the page is written (docs/performance.md, "Rendering big incidents"). A member a template
/// adds goes into a <see cref="ScriptObject"/> of its own.
/// </summary>
internal sealed class ShapedScriptObject : IScriptObject, IDictionary<string, object?>
{
    private readonly ModelShape _shape;
    private readonly object?[] _values;
    private ScriptObject? _added;

    public ShapedScriptObject(ModelShape shape)
    {
        _shape = shape;
        _values = new object?[shape.Names.Length];
    }

    /// <summary>A member's value (null when unset); setting a name outside the shape adds a member.</summary>
    public object? this[string member]
    {
        get => _shape.IndexOf(member) is var index and >= 0 ? _values[index] : _added?[member];
        set
        {
            if (_shape.IndexOf(member) is var index and >= 0)
            {
                _values[index] = value;
            }
            else
            {
                (_added ??= [])[member] = value;
            }
        }
    }

    public int Count => _values.Length + (_added?.Count ?? 0);

    public bool IsReadOnly { get; set; }

    public IEnumerable<string> GetMembers() => _added is null ? _shape.Names : _shape.Names.Concat(_added.GetMembers());

    public bool Contains(string member) => _shape.IndexOf(member) >= 0 || (_added?.Contains(member) ?? false);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (_shape.IndexOf(member) is var index and >= 0)
        {
            value = _values[index];
            return true;
        }

        value = null;
        return _added is not null && _added.TryGetValue(context, span, member, out value);
    }

    public bool CanWrite(string member) => !IsReadOnly && (_shape.IndexOf(member) >= 0 || _added is null || _added.CanWrite(member));

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        if (IsReadOnly)
        {
            return false;
        }

        if (_shape.IndexOf(member) is var index and >= 0)
        {
            _values[index] = value;
            return true;
        }

        return (_added ??= []).TrySetValue(context, span, member, value, readOnly);
    }

    /// <summary>A member of the shape cannot be removed: it is set to null (still listed); an added one is removed.</summary>
    public bool Remove(string member)
    {
        if (_shape.IndexOf(member) is var index and >= 0)
        {
            _values[index] = null;
            return true;
        }

        return _added is not null && _added.Remove(member);
    }

    /// <summary>Members of the shape are never read-only one by one (the briefing's models set none); added ones may be.</summary>
    public void SetReadOnly(string member, bool readOnly) => _added?.SetReadOnly(member, readOnly);

    // As a dictionary (what Scriban's object.* functions take, as they take a ScriptObject).
    ICollection<string> IDictionary<string, object?>.Keys => [.. GetMembers()];

    ICollection<object?> IDictionary<string, object?>.Values => [.. GetMembers().Select(m => this[m])];

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => IsReadOnly;

    public bool ContainsKey(string key) => Contains(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        value = this[key];
        return Contains(key);
    }

    public void Add(string key, object? value)
    {
        if (Contains(key))
        {
            throw new ArgumentException($"The member '{key}' exists already.", nameof(key));
        }

        this[key] = value;
    }

    public void Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    public void Clear()
    {
        Array.Clear(_values);
        _added = null;
    }

    public bool Contains(KeyValuePair<string, object?> item) => Contains(item.Key) && Equals(this[item.Key], item.Value);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
    {
        foreach (var pair in this)
        {
            array[arrayIndex++] = pair;
        }
    }

    public bool Remove(KeyValuePair<string, object?> item) => Contains(item) && Remove(item.Key);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() =>
        GetMembers().Select(m => new KeyValuePair<string, object?>(m, this[m])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public IScriptObject Clone(bool deep)
    {
        var clone = new ShapedScriptObject(_shape) { IsReadOnly = IsReadOnly };
        for (var i = 0; i < _values.Length; i++)
        {
            clone._values[i] = deep && _values[i] is IScriptObject nested ? nested.Clone(true) : _values[i];
        }

        clone._added = (ScriptObject?)_added?.Clone(deep);
        return clone;
    }
}
