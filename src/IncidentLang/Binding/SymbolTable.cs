namespace IncidentLang.Binding;

/// <summary>
/// The scopes names are declared in and the one rule by which a name binds (docs/language.md, "Name resolution"): the enclosing
/// incident's own declarations first, then the top-level declarations of the whole compilation.
/// The binder fills it and resolves every reference through <see cref="Lookup"/>; afterwards it is
/// only read (by the semantic model), so concurrent readers are safe.
/// </summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<string, Symbol> _topLevel = new(StringComparer.Ordinal);
    private readonly Dictionary<IncidentSymbol, Dictionary<string, Symbol>> _locals = [];

    public static SymbolTable Empty { get; } = new();

    /// <summary>Declares a top-level (incident or catalog) name; false when the name is already taken, the first declaration wins.</summary>
    public bool TryDeclareTopLevel(Symbol symbol) => _topLevel.TryAdd(symbol.Name, symbol);

    /// <summary>Opens the scope of an incident's local declarations.</summary>
    public void OpenScope(IncidentSymbol incident) => _locals[incident] = new Dictionary<string, Symbol>(StringComparer.Ordinal);

    /// <summary>Shares the (complete, no longer written) scope of an incident that a previous compilation bound.</summary>
    public void AdoptScope(IncidentSymbol incident, SymbolTable previous) => _locals[incident] = previous._locals[incident];

    /// <summary>Declares a name local to <paramref name="incident"/>; false when the incident already declares it.</summary>
    public bool TryDeclareLocal(IncidentSymbol incident, Symbol symbol) => _locals[incident].TryAdd(symbol.Name, symbol);

    /// <summary>The top-level declaration of the name, if any.</summary>
    public Symbol? FindTopLevel(string name) => _topLevel.GetValueOrDefault(name);

    /// <summary>What <paramref name="name"/> written in <paramref name="incident"/> (null: at the top level) binds to, whatever its kind.</summary>
    public Symbol? Lookup(string name, IncidentSymbol? incident) =>
        incident is not null && _locals.TryGetValue(incident, out var scope) && scope.TryGetValue(name, out var local)
            ? local
            : _topLevel.GetValueOrDefault(name);

    /// <summary>The incident's own named declarations, in declaration order (none at the top level).</summary>
    public IEnumerable<Symbol> LocalsOf(IncidentSymbol? incident) =>
        incident is not null && _locals.TryGetValue(incident, out var scope) ? scope.Values : [];

    /// <summary>The named top-level declarations, in declaration order.</summary>
    public IEnumerable<Symbol> TopLevel => _topLevel.Values;
}
