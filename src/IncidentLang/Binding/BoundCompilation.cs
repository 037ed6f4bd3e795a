using System.Collections.Immutable;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Binding;

/// <summary>The result of binding a compilation: its symbols, where each is referenced, and the semantic diagnostics.</summary>
public sealed class BoundCompilation
{
    internal BoundCompilation(
        ImmutableArray<IncidentSymbol> incidents,
        ImmutableArray<Symbol> catalog,
        ImmutableArray<Symbol> allSymbols,
        IReadOnlyDictionary<Symbol, ImmutableArray<Location>> references,
        ImmutableArray<Diagnostic> diagnostics,
        SymbolTable? scopes = null)
    {
        Scopes = scopes ?? SymbolTable.Empty;
        Incidents = incidents;
        Catalog = catalog;
        AllSymbols = allSymbols;
        References = references;
        Diagnostics = diagnostics;
    }

    /// <summary>Every incident, in file then source order (including unnamed or duplicate ones, which have errors).</summary>
    public ImmutableArray<IncidentSymbol> Incidents { get; }

    /// <summary>Top-level source, actor and target declarations.</summary>
    public ImmutableArray<Symbol> Catalog { get; }

    /// <summary>Every bound symbol: incidents, catalog declarations and incident members.</summary>
    public ImmutableArray<Symbol> AllSymbols { get; }

    /// <summary>
    /// Declarations suggested ("did you mean") for a reference that did not resolve: the one the author most
    /// likely meant, which INC2003 does not report as unused.
    /// </summary>
    internal System.Collections.Frozen.FrozenSet<Symbol> SuggestedForUnresolved { get; init; } = System.Collections.Frozen.FrozenSet<Symbol>.Empty;

    /// <summary>The units of incremental binding, one per top-level symbol, in declaration order (empty when binding failed).</summary>
    internal ImmutableArray<BoundUnit> Units { get; init; } = [];

    /// <summary>The top-level names the units were bound against (<see cref="Binder.TopLevelSignatureOf"/>); default when binding failed.</summary>
    internal ImmutableArray<(string Path, Syntax.DeclarationKind Kind, string Name)> TopLevelSignature { get; init; }

    /// <summary>
    /// Where each symbol is referenced (resolved references only). A plain dictionary, not a frozen one: creating a
    /// FrozenDictionary rents from the shared array pool, whose first use on a core calibrates the processor-number cache,
    /// 10 % of a small check's main thread (docs/performance.md, "Start-up"); it is read a few times per declaration.
    /// </summary>
    public IReadOnlyDictionary<Symbol, ImmutableArray<Location>> References { get; }

    /// <summary>INC1xxx diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The scopes the binder declared names in; the semantic model looks names up in them.</summary>
    internal SymbolTable Scopes { get; }

    public ImmutableArray<Location> GetReferences(Symbol symbol) => References.GetValueOrDefault(symbol, []);
}
