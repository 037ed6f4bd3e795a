using System.Collections.Frozen;
using System.Collections.Immutable;

namespace IncidentLang.Emit.Html;

/// <summary>
/// The member names every <see cref="ShapedScriptObject"/> of one kind has (every claim of a briefing), in order, and
/// where each member's value sits in the object's array.
/// </summary>
internal sealed class ModelShape
{
    private readonly FrozenDictionary<string, int> _indexes;

    public ModelShape(IEnumerable<string> names)
    {
        Names = [.. names];
        _indexes = Names.Select((name, i) => (name, i)).ToFrozenDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
    }

    public ImmutableArray<string> Names { get; }

    /// <summary>The member's index, or -1 for a name outside the shape.</summary>
    public int IndexOf(string name) => _indexes.TryGetValue(name, out var index) ? index : -1;
}
