using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using IncidentLang.Attack;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Binding;

/// <summary>
/// Declares symbols in their scopes (the top level; each incident), then checks every property
/// against <see cref="LanguageSchema"/> and resolves references: first in the enclosing incident,
/// then among top-level declarations (docs/language.md, "Name resolution"). Reports INC1001–INC1016.
/// </summary>
internal sealed class Binder
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly SymbolTable _scopes;
    private readonly List<IncidentSymbol> _incidents = [];
    private readonly List<Symbol> _catalog = [];
    private readonly List<Symbol> _topLevel = [];
    private readonly Dictionary<(SyntaxTree Tree, DeclarationSyntax Syntax), BoundUnit> _reusable = [];
    private readonly HashSet<Symbol> _reused = [];

    // The unit being bound: what it reports, resolves and depends on.
    private List<Diagnostic> _report;

    // BindProperties' list of a symbol's properties, reused from symbol to symbol (SetProperties copies it).
    private readonly List<BoundProperty> _writtenProperties = [];
    private List<(Symbol Target, Location Location)> _unitReferences = [];
    private HashSet<Symbol> _unitSuggested = [];
    private HashSet<Symbol> _unitDependencies = [];
    private HashSet<string> _unitTopLevelLookups = [];
    private bool _unitHasUnresolved;
    private Symbol? _unitSymbol;

    private Binder(SymbolTable? scopes = null)
    {
        _scopes = scopes ?? new SymbolTable();
        _report = _diagnostics;
    }

    /// <summary>How many units are bound at once (1: one after the other). Units are independent once the top-level names are declared.</summary>
    private int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>The smallest unit whose members are bound on several threads when there are threads to spare (the 2,000-claim report has 2,061).</summary>
    internal const int DefaultMinMembersForParallelBinding = 1000;

    private int MinMembersForParallelBinding { get; init; } = DefaultMinMembersForParallelBinding;

    /// <summary>How many runs a large unit's members are cut into per thread, so that a thread done early takes another (ErrorFreeParser.RunsPerThread).</summary>
    private const int RunsPerThread = 4;

    private int MemberRuns { get; init; }

    /// <param name="memberRuns">The runs a large unit's members are cut into; 0: four per spare thread (RunsPerThread). With one thread, the runs are bound
    /// one after the other (the fuzz target: the run logic without thread timing in its coverage).</param>
    public static BoundCompilation Bind(IEnumerable<SyntaxTree> trees, int maxDegreeOfParallelism = 1, int minMembersForParallelBinding = DefaultMinMembersForParallelBinding, int memberRuns = 0) =>
        new Binder { MaxDegreeOfParallelism = maxDegreeOfParallelism, MinMembersForParallelBinding = minMembersForParallelBinding, MemberRuns = memberRuns }.BindAll([.. trees], null);

    /// <summary>
    /// Binds <paramref name="trees"/> reusing the units of <paramref name="previous"/> that cannot have changed
    /// (docs/architecture.md, "Incremental compilation"); the result equals <see cref="Bind"/>'s.
    /// </summary>
    public static BoundCompilation Bind(IReadOnlyList<SyntaxTree> trees, BoundCompilation previous, int maxDegreeOfParallelism = 1)
    {
        var binder = new Binder { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        if (previous.TopLevelSignature.IsDefault || !previous.TopLevelSignature.SequenceEqual(TopLevelSignatureOf(trees)))
        {
            return binder.BindAll(trees, null);
        }

        var kept = new HashSet<SyntaxTree>(trees);
        var rebound = new HashSet<Symbol>(previous.Units.Where(u => !kept.Contains(u.Symbol.Tree)).Select(u => u.Symbol));
        for (var changed = rebound.Count > 0; changed;)
        {
            changed = false;
            foreach (var unit in previous.Units)
            {
                if (!rebound.Contains(unit.Symbol) && unit.Dependencies.Overlaps(rebound))
                {
                    rebound.Add(unit.Symbol);
                    changed = true;
                }
            }
        }

        foreach (var unit in previous.Units.Where(u => !rebound.Contains(u.Symbol)))
        {
            binder._reusable[(unit.Symbol.Tree, unit.Symbol.Syntax)] = unit;
        }

        return binder.BindAll(trees, previous.Scopes);
    }

    /// <summary>What name resolution depends on: every top-level declaration's file, kind and name, in order.</summary>
    internal static ImmutableArray<(string Path, DeclarationKind Kind, string Name)> TopLevelSignatureOf(IEnumerable<SyntaxTree> trees)
    {
        var signature = ImmutableArray.CreateBuilder<(string, DeclarationKind, string)>();
        foreach (var tree in trees)
        {
            foreach (var declaration in tree.Root.Declarations)
            {
                signature.Add((tree.FilePath, declaration.DeclarationKind, declaration.Name is { IsMissing: false } name ? name.Text : string.Empty));
            }
        }

        return signature.ToImmutable();
    }

    private BoundCompilation BindAll(IReadOnlyList<SyntaxTree> trees, SymbolTable? previousScopes)
    {
        foreach (var tree in trees)
        {
            foreach (var declaration in tree.Root.Declarations)
            {
                DeclareTopLevel(declaration, tree);
            }
        }

        ReportCaseCollisions();

        // Every incident's scope is opened (or adopted) here, one after the other; then each unit writes only its own scope and
        // its own symbols, and reads the top-level names, so units can be bound in parallel, each by a binder of its own.
        var units = new BoundUnit[_topLevel.Count];
        for (var i = 0; i < units.Length; i++)
        {
            var symbol = _topLevel[i];
            if (_reused.Contains(symbol))
            {
                units[i] = _reusable[(symbol.Tree, symbol.Syntax)];
                if (symbol is IncidentSymbol reusedIncident)
                {
                    _scopes.AdoptScope(reusedIncident, previousScopes!);
                }
            }
            else if (symbol is IncidentSymbol incident)
            {
                _scopes.OpenScope(incident);
            }
        }

        var unbound = Enumerable.Range(0, units.Length).Where(i => units[i] is null).ToArray();
        // Fewer units than threads (one large report): each unit's members are bound on the spare threads.
        var memberParallelism = unbound.Length < MaxDegreeOfParallelism ? MaxDegreeOfParallelism : 1;
        ParallelWork.For(unbound.Length, MaxDegreeOfParallelism, k =>
            units[unbound[k]] = new Binder(_scopes) { MaxDegreeOfParallelism = memberParallelism, MinMembersForParallelBinding = MinMembersForParallelBinding, MemberRuns = MemberRuns }.BindUnit(_topLevel[unbound[k]]));

        var bound = ImmutableCollectionsMarshal.AsImmutableArray(units);
        var references = new Dictionary<Symbol, List<Location>>();
        void AddReferences(ImmutableArray<(Symbol Target, Location Location)> list)
        {
            foreach (var (target, location) in list)
            {
                if (!references.TryGetValue(target, out var uses))
                {
                    references[target] = uses = [];
                }

                uses.Add(location);
            }
        }

        foreach (var unit in bound)
        {
            AddReferences(unit.HeaderReferences);
        }

        foreach (var unit in bound)
        {
            AddReferences(unit.MemberReferences);
        }

        var diagnostics = new List<Diagnostic>(_diagnostics);
        foreach (var unit in bound)
        {
            diagnostics.AddRange(unit.Diagnostics);
        }

        ImmutableArray<Symbol> all = [.. _topLevel, .. bound.SelectMany(u => u.Members)];
        return new BoundCompilation([.. _incidents], [.. _catalog], all, ReferencesOf(references), [.. diagnostics], _scopes)
        {
            SuggestedForUnresolved = [.. bound.SelectMany(u => u.Suggested)],
            Units = bound,
            TopLevelSignature = TopLevelSignatureOf(trees),
        };
    }

    private static Dictionary<Symbol, ImmutableArray<Location>> ReferencesOf(Dictionary<Symbol, List<Location>> references)
    {
        var result = new Dictionary<Symbol, ImmutableArray<Location>>(references.Count);
        foreach (var (symbol, uses) in references)
        {
            result.Add(symbol, [.. uses]);
        }

        return result;
    }

    /// <summary>Declares an incident's members and binds the unit's properties, collecting what it reports, resolves and depends on.</summary>
    private BoundUnit BindUnit(Symbol symbol)
    {
        StartUnit(symbol);
        var members = ImmutableArray<Symbol>.Empty;
        if (symbol is IncidentSymbol incident)
        {
            DeclareMembers(incident);
            members = incident.Members;
        }

        BindProperties(symbol);
        var headerReferences = _unitReferences.ToImmutableArray();
        _unitReferences = [];
        BindMembers(members);

        CheckSupersession(members.OfType<ClaimSymbol>());
        var unit = new BoundUnit(symbol, members, [.. _report], headerReferences, [.. _unitReferences], [.. _unitSuggested], [.. _unitDependencies])
        {
            TopLevelLookups = [.. _unitTopLevelLookups],
            HasUnresolvedReference = _unitHasUnresolved,
        };
        _report = _diagnostics;
        _unitSymbol = null;
        return unit;
    }

    private void StartUnit(Symbol symbol)
    {
        _report = [];
        _unitReferences = [];
        _unitSuggested = [];
        _unitDependencies = [];
        _unitTopLevelLookups = [];
        _unitHasUnresolved = false;
        _unitSymbol = symbol;
    }

    /// <summary>Whether a unit of <paramref name="memberCount"/> members is large enough to be bound in runs (<see cref="BindMembers"/>).</summary>
    private bool BindsInParallel(int memberCount) => memberCount >= Math.Max(2, MinMembersForParallelBinding);

    /// <summary>
    /// Binds the members' properties in order. A member's binding reads only the scopes (declared before) and writes only its own
    /// symbol and the unit's lists, so a large unit with threads to spare is cut into consecutive runs of members, each bound by a
    /// binder of its own; their lists are then appended in run order, which is the order one thread gives (a set's order is the
    /// order of first addition, kept by appending the runs' sets in order).
    /// </summary>
    private void BindMembers(ImmutableArray<Symbol> members)
    {
        var runs = !BindsInParallel(members.Length) ? 1 : MemberRuns > 0 ? MemberRuns : MaxDegreeOfParallelism <= 1 ? 1 : MaxDegreeOfParallelism * RunsPerThread;
        if (runs <= 1)
        {
            foreach (var member in members)
            {
                BindProperties(member);
            }

            return;
        }

        var parts = new Binder[runs];
        ParallelWork.For(runs, MaxDegreeOfParallelism, run =>
        {
            var part = new Binder(_scopes);
            part.StartUnit(_unitSymbol!);
            for (int i = members.Length * run / runs, end = members.Length * (run + 1) / runs; i < end; i++)
            {
                part.BindProperties(members[i]);
            }

            parts[run] = part;
        });

        foreach (var part in parts)
        {
            _report.AddRange(part._report);
            _unitReferences.AddRange(part._unitReferences);
            _unitSuggested.UnionWith(part._unitSuggested);
            _unitDependencies.UnionWith(part._unitDependencies);
            _unitTopLevelLookups.UnionWith(part._unitTopLevelLookups);
            _unitHasUnresolved |= part._unitHasUnresolved;
        }
    }

    private void Report(DiagnosticDescriptor descriptor, SyntaxTree tree, TextSpan span, params object?[] args) =>
        _report.Add(Diagnostic.Create(descriptor, tree.Text, span, args));

    private void ReportWithSuggestion(DiagnosticDescriptor descriptor, SyntaxTree tree, TextSpan span, string? suggestion, params object?[] args) =>
        _report.Add(Diagnostic.Create(descriptor, tree.Text, span, args) with
        {
            Suggestion = suggestion,
            Fix = suggestion is null ? null : DiagnosticFix.Replace($"Change to '{suggestion}'", span, suggestion),
        });

    // ------------------------------------------------------------------ declarations

    private static Symbol Create(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) => syntax.DeclarationKind switch
    {
        DeclarationKind.Incident => new IncidentSymbol(syntax, tree),
        DeclarationKind.Source => new SourceSymbol(syntax, tree, incident),
        DeclarationKind.Actor => new ActorSymbol(syntax, tree, incident),
        DeclarationKind.Target => new TargetSymbol(syntax, tree, incident),
        DeclarationKind.Claim => new ClaimSymbol(syntax, tree, incident),
        DeclarationKind.Statement => new StatementSymbol(syntax, tree, incident),
        DeclarationKind.Event => new EventSymbol(syntax, tree, incident),
        DeclarationKind.Party => new PartySymbol(syntax, tree, incident),
        DeclarationKind.Malware => new MalwareSymbol(syntax, tree, incident),
        DeclarationKind.Tool => new ToolSymbol(syntax, tree, incident),
        DeclarationKind.Vulnerability => new VulnerabilitySymbol(syntax, tree, incident),
        DeclarationKind.Indicator => new IndicatorSymbol(syntax, tree, incident),
        DeclarationKind.Recommendation => new RecommendationSymbol(syntax, tree, incident),
        _ => new RevisionSymbol(syntax, tree, incident),
    };

    private void DeclareTopLevel(DeclarationSyntax syntax, SyntaxTree tree)
    {
        var definition = LanguageSchema.Get(syntax.DeclarationKind);
        if (!definition.AllowedAtTopLevel)
        {
            Report(DiagnosticDescriptors.DeclarationNotAllowedHere, tree, syntax.Keyword.Span,
                $"A '{definition.Keyword}' must be declared inside an incident; only {TopLevelKeywords} may appear at the top level");
            return;
        }

        var reused = _reusable.TryGetValue((tree, syntax), out var unit);
        var symbol = reused ? unit!.Symbol : Create(syntax, tree, null);
        if (reused)
        {
            _reused.Add(symbol);
        }

        _topLevel.Add(symbol);
        if (symbol is IncidentSymbol incident)
        {
            _incidents.Add(incident);
        }
        else
        {
            _catalog.Add(symbol);
            ReportNestedDeclarations(syntax, tree);
        }

        if (CheckName(symbol, reused) && !_scopes.TryDeclareTopLevel(symbol))
        {
            // A reused symbol was declared under the same top-level names, so it already carries the same flag.
            symbol.HasDeclarationError |= !reused;
            Report(DiagnosticDescriptors.DuplicateDeclaration, tree, syntax.Name!.Span, symbol.Name, "compilation");
        }
    }

    /// <summary>INC1013 for a missing name; true when the symbol has a name to declare.</summary>
    private bool CheckName(Symbol symbol, bool reused = false)
    {
        if (symbol.Name.Length > 0)
        {
            return true;
        }

        if (!reused)
        {
            symbol.HasDeclarationError = symbol.Definition.RequiresName;
        }

        // A header the parser already reported (INC0004/INC0005, e.g. 'actor incident {') is not reported again.
        var header = TextSpan.FromBounds(symbol.Syntax.Keyword.Span.End, Math.Max(symbol.Syntax.Keyword.Span.End, symbol.Syntax.OpenBrace.Span.Start));
        var parserReported = symbol.Tree.Diagnostics.Any(d => d.Location.Span.Start >= header.Start && d.Location.Span.Start <= header.End);
        if (symbol.Definition.RequiresName && symbol.Syntax.Name is null && !parserReported)
        {
            Report(DiagnosticDescriptors.MissingDeclarationName, symbol.Tree, symbol.Syntax.Keyword.Span, symbol.Definition.Keyword);
        }

        return false;
    }

    private void ReportNestedDeclarations(DeclarationSyntax syntax, SyntaxTree tree)
    {
        if (!syntax.HasNestedDeclarations)
        {
            return;
        }

        foreach (var member in syntax.Members)
        {
            if (member is not DeclarationSyntax nested)
            {
                continue;
            }

            Report(DiagnosticDescriptors.DeclarationNotAllowedHere, tree, nested.Keyword.Span,
                $"A '{nested.Keyword.Text}' cannot be declared inside {Article(syntax.Keyword.Text)}; only incidents contain declarations");
        }
    }

    private void ReportCaseCollisions()
    {
        var seen = new Dictionary<string, IncidentSymbol>(StringComparer.OrdinalIgnoreCase);
        foreach (var incident in _incidents.Where(i => i.Name.Length > 0))
        {
            if (!seen.TryAdd(incident.Name, incident) && seen[incident.Name].Name != incident.Name)
            {
                incident.HasDeclarationError |= !_reused.Contains(incident);
                Report(DiagnosticDescriptors.IncidentNamesDifferInCase, incident.Tree, incident.Syntax.Name!.Span, incident.Name, seen[incident.Name].Name);
            }
        }
    }

    /// <summary>Declares an incident's members in its scope (opened before the units are bound).</summary>
    private void DeclareMembers(IncidentSymbol incident)
    {
        var members = ImmutableArray.CreateBuilder<Symbol>();
        // A unit large enough to bind on several threads has the thread pool at work already: at its first actor (whose name
        // INC2014 looks up among ATT&CK's groups) the catalog starts loading there, while this thread declares the rest, instead
        // of holding up that rule at the end (docs/performance.md, "Throughput and memory of one large file"). A small unit
        // does not start the pool for it.
        var prefetchAttack = MaxDegreeOfParallelism > 1 && BindsInParallel(incident.Syntax.Members.Length);
        foreach (var member in incident.Syntax.Members)
        {
            if (member is not DeclarationSyntax syntax)
            {
                continue;
            }

            if (syntax.DeclarationKind == DeclarationKind.Incident)
            {
                Report(DiagnosticDescriptors.DeclarationNotAllowedHere, incident.Tree, syntax.Keyword.Span,
                    "An incident cannot be declared inside another incident");
                continue;
            }

            ReportNestedDeclarations(syntax, incident.Tree);
            var symbol = Create(syntax, incident.Tree, incident);
            members.Add(symbol);
            if (prefetchAttack && symbol is ActorSymbol)
            {
                AttackCatalog.PrefetchEnterprise();
                prefetchAttack = false;
            }
            if (!CheckName(symbol))
            {
                continue;
            }

            if (!_scopes.TryDeclareLocal(incident, symbol))
            {
                symbol.HasDeclarationError = true;
                Report(DiagnosticDescriptors.DuplicateDeclaration, incident.Tree, syntax.Name!.Span, symbol.Name, $"incident '{incident.Name}'");
            }
            else if (_scopes.FindTopLevel(symbol.Name) is { IsCatalog: true } shadowed)
            {
                Report(DiagnosticDescriptors.LocalShadowsTopLevel, incident.Tree, syntax.Name!.Span, symbol.Name, incident.Name, shadowed.Definition.Keyword);
            }
        }

        incident.SetMembers(members.ToImmutable());
    }

    // ------------------------------------------------------------------ properties

    /// <summary>Whether the declaration writes <paramref name="property"/>, by its name or an alias.</summary>
    private static bool IsGiven(DeclarationSyntax declaration, DeclarationDefinition definition, PropertyDefinition property)
    {
        foreach (var member in declaration.Members)
        {
            if (member is PropertySyntax { Name.IsMissing: false } written && definition.FindProperty(written.Name.Text) == property)
            {
                return true;
            }
        }

        return false;
    }

    private void BindProperties(Symbol symbol)
    {
        var definition = symbol.Definition;
        var tree = symbol.Tree;
        var written = _writtenProperties;
        written.Clear();
        foreach (var member in symbol.Syntax.Members)
        {
            if (member is not PropertySyntax property || property.Name.IsMissing)
            {
                continue;
            }

            var name = property.Name.Text;
            var propertyDefinition = definition.FindProperty(name);
            if (propertyDefinition is null)
            {
                var suggestion = NameSuggester.Suggest(name, definition.PropertyNames);
                if (suggestion is not null && IsGiven(symbol.Syntax, definition, definition.FindProperty(suggestion)!))
                {
                    // The nearest property is written already: the fix would give it twice (INC1003), so say so instead.
                    Report(DiagnosticDescriptors.UnknownProperty, tree, property.Name.Span, name, Article(definition.Keyword), $" ('{suggestion}' is already given)");
                    continue;
                }

                var tail = suggestion is null
                    ? $"; {Article(definition.Keyword)} accepts {string.Join(", ", definition.Properties.Select(p => p.Name))}"
                    : NameSuggester.Tail(suggestion);
                ReportWithSuggestion(DiagnosticDescriptors.UnknownProperty, tree, property.Name.Span, suggestion, name, Article(definition.Keyword), tail);
                continue;
            }

            if (IndexOf(written, propertyDefinition.Name) >= 0)
            {
                Report(DiagnosticDescriptors.DuplicateProperty, tree, property.Name.Span, propertyDefinition.Name, definition.Keyword);
                continue;
            }

            written.Add(BindValue(symbol, propertyDefinition, property));
        }

        if (symbol is IndicatorSymbol indicator)
        {
            CheckIndicatorValue(indicator, written);
        }

        symbol.SetProperties(written);
        var bound = symbol.Properties;

        if (symbol is StatementSymbol && !bound.ContainsKey("quote") && !bound.ContainsKey("text"))
        {
            Report(DiagnosticDescriptors.StatementWithoutContent, tree, symbol.Syntax.HeaderSpan, DisplayName(symbol));
        }

        foreach (var required in definition.Properties)
        {
            if (required.IsRequired && !bound.ContainsKey(required.Name))
            {
                Report(DiagnosticDescriptors.MissingRequiredProperty, tree, symbol.Syntax.HeaderSpan, Capitalize(definition.Keyword), DisplayName(symbol), required.Name);
            }
        }

        // Pairs (count and unit, amount and currency): each needs the other. A value with errors counts as given.
        foreach (var given in definition.Properties)
        {
            if (given.Requires is not null && bound.ContainsKey(given.Name) && !bound.ContainsKey(given.Requires))
            {
                Report(DiagnosticDescriptors.MissingRequiredProperty, tree, symbol.Syntax.HeaderSpan, Capitalize(definition.Keyword), DisplayName(symbol), given.Requires);
            }
        }

        // Ranges (first-seen … last-seen, date … end): INC1019 when the end's period lies wholly before the start's.
        foreach (var end in definition.Properties)
        {
            if (end.NotBefore is not null
                && bound.Find(end.Name) is { HasErrors: false, Single: { Value: DateValue last } endValue }
                && bound.Find(end.NotBefore!) is { HasErrors: false, Single.Value: DateValue first }
                && last.EndsBefore(first))
            {
                Report(DiagnosticDescriptors.RangeEndsBeforeStart, tree, endValue.Syntax.Span, end.Name, last.Iso, end.NotBefore, first.Iso);
            }
        }
    }

    /// <summary>
    /// INC1021: <c>superseded-by</c> together with <c>withdrawn: true</c>, a claim superseded by itself, or a chain of
    /// supersession that comes back to where it started (reported once, at the first claim of the cycle in source order).
    /// The property is then in error, so no output treats the claim as superseded.
    /// </summary>
    private void CheckSupersession(IEnumerable<ClaimSymbol> claims)
    {
        var inCycle = new HashSet<ClaimSymbol>();
        foreach (var claim in claims)
        {
            if (claim.GetProperty(ClaimProperties.SupersededBy) is not { HasErrors: false, Single: { Value: ClaimSymbol next } value })
            {
                continue;
            }

            string? problem = null;
            if (claim.GetProperty(ClaimProperties.Withdrawn) is { HasErrors: false, Single.Value: true })
            {
                problem = $"Claim '{claim.Name}' is both withdrawn and superseded by '{next.Name}'; a superseded claim is withdrawn in favour of another, so write one of them";
            }
            else if (next == claim)
            {
                problem = $"Claim '{claim.Name}' is superseded by itself";
            }
            else if (!inCycle.Contains(claim) && CycleFrom(claim) is { } cycle)
            {
                inCycle.UnionWith(cycle);
                problem = $"Claim '{claim.Name}' is superseded in a cycle: {string.Join(" → ", cycle.Append(claim).Select(c => c.Name))}";
            }
            else if (inCycle.Contains(claim))
            {
                claim.MarkInError(ClaimProperties.SupersededBy);
                continue;
            }

            if (problem is not null)
            {
                Report(DiagnosticDescriptors.InvalidSupersession, claim.Tree, value.Syntax.Span, problem);
                claim.MarkInError(ClaimProperties.SupersededBy);
            }
        }
    }

    /// <summary>The claims from <paramref name="start"/> along <c>superseded-by</c> when the chain comes back to it; null otherwise.</summary>
    private static List<ClaimSymbol>? CycleFrom(ClaimSymbol start)
    {
        var chain = new List<ClaimSymbol>();
        var seen = new HashSet<ClaimSymbol>();
        for (var current = start; current is not null && seen.Add(current); current = current.GetProperty(ClaimProperties.SupersededBy)?.Single?.Value as ClaimSymbol)
        {
            chain.Add(current);
            if (current.GetProperty(ClaimProperties.SupersededBy)?.Single?.Value == start)
            {
                return chain;
            }
        }

        return null;
    }

    /// <summary>INC1022: the refanged value of an indicator must be a value of its kind (when both are given without errors).</summary>
    private void CheckIndicatorValue(IndicatorSymbol indicator, List<BoundProperty> bound)
    {
        var kindIndex = IndexOf(bound, IndicatorProperties.Kind.Name);
        var valueIndex = IndexOf(bound, IndicatorProperties.Value.Name);
        if (kindIndex < 0 || bound[kindIndex] is not { HasErrors: false, Single.Value: IndicatorKind kind }
            || valueIndex < 0 || bound[valueIndex] is not { HasErrors: false, Single: { Value: string written } value } property)
        {
            return;
        }

        if (IndicatorValidator.Validate(kind, written) is { } problem)
        {
            Report(DiagnosticDescriptors.IndicatorValueMismatch, indicator.Tree, value.Syntax.Span, problem);
            bound[valueIndex] = property with { HasErrors = true };
            return;
        }

        indicator.RefangedValue = Defanging.Refang(written);
    }

    /// <summary>Where the property of that canonical name is in the list; -1 when it is not.</summary>
    private static int IndexOf(List<BoundProperty> properties, string name)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (string.Equals(properties[i].Definition.Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string DisplayName(Symbol symbol) => symbol.Name.Length > 0 ? symbol.Name : "(unnamed)";

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Article(string word) => LanguageSchema.Article(word) + word;

    private static readonly string TopLevelKeywords = JoinWithOr([.. LanguageSchema.All.Where(d => d.AllowedAtTopLevel).Select(d => d.Keyword)], "and");

    private static string JoinWithOr(IReadOnlyList<string> words, string conjunction) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " " + conjunction + " " + words[^1];

    private BoundProperty BindValue(Symbol symbol, PropertyDefinition definition, PropertySyntax property)
    {
        if (property.Value is not ListValueSyntax list)
        {
            // One value: no builder, no enumerator (most properties; binding allocates per value, docs/performance.md "Many files").
            return BindScalar(symbol, definition, property.Value) is { } single
                ? new BoundProperty(definition, property, [single], HasErrors: false)
                : new BoundProperty(definition, property, [], HasErrors: true);
        }

        if (!definition.IsList)
        {
            Report(DiagnosticDescriptors.WrongValueType, symbol.Tree, list.Span, definition.Name, definition.ExpectedDescription, "a list");
            return new BoundProperty(definition, property, [], HasErrors: true);
        }

        var items = list.Items;
        var values = new BoundValue[items.Length];
        var count = 0;
        var hasErrors = false;
        foreach (var item in items)
        {
            var value = BindScalar(symbol, definition, item);
            if (value is null)
            {
                hasErrors = true;
            }
            else
            {
                values[count++] = value;
            }
        }

        if (count < values.Length)
        {
            Array.Resize(ref values, count);
        }

        return new BoundProperty(definition, property, ImmutableCollectionsMarshal.AsImmutableArray(values), hasErrors);
    }

    /// <summary>Properties whose values are written as names, not strings.</summary>
    private static bool TakesAName(PropertyDefinition definition) => definition.Type is PropertyType.Enum or PropertyType.Confidence or PropertyType.Reference
        or PropertyType.Country or PropertyType.Boolean or PropertyType.AttackId or PropertyType.Cve or PropertyType.Currency;

    private static string DescribeValue(ValueSyntax value) => value switch
    {
        ListValueSyntax { Parent: ListValueSyntax } => "a list inside the list",
        ListValueSyntax => "a list",
        NameValueSyntax => "a name",
        LiteralValueSyntax { Token.Kind: SyntaxKind.StringLiteralToken } => "a string",
        LiteralValueSyntax { Token.Kind: SyntaxKind.DateLiteralToken } => "a date",
        LiteralValueSyntax { Token.Kind: SyntaxKind.IntegerLiteralToken } => "an integer",
        LiteralValueSyntax { Token.Kind: SyntaxKind.DecimalLiteralToken } => "a decimal number",
        _ => "something else",
    };

    /// <summary>Checks one value; null when it has an error (reported here, or already by the parser).</summary>
    private BoundValue? BindScalar(Symbol symbol, PropertyDefinition definition, ValueSyntax item)
    {
        var tree = symbol.Tree;
        switch (item)
        {
            case NameValueSyntax { Identifier.IsMissing: true }:
            case LiteralValueSyntax { Token.IsMissing: true }:
            case LiteralValueSyntax { Token.HasLiteralError: true }:
                return null;
        }

        var token = (item as LiteralValueSyntax)?.Token ?? (item as NameValueSyntax)?.Identifier;
        BoundValue? WrongType()
        {
            // A quoted word where a name is expected (confidence: "high"): say so, and offer the word without quotes.
            if (token is { Kind: SyntaxKind.StringLiteralToken, Value: string quoted } && TakesAName(definition) && SyntaxFacts.IsValidIdentifier(quoted)
                && !token.Text.StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                ReportWithSuggestion(DiagnosticDescriptors.WrongValueType, tree, item.Span, quoted, definition.Name, definition.ExpectedDescription, $"a string; write it without quotes: {quoted}");
                return null;
            }

            Report(DiagnosticDescriptors.WrongValueType, tree, item.Span, definition.Name, definition.ExpectedDescription, DescribeValue(item));
            return null;
        }

        switch (definition.Type)
        {
            case PropertyType.String:
                return token is { Kind: SyntaxKind.StringLiteralToken, Value: string s }
                    ? new BoundValue(item, token.Text.StartsWith("\"\"\"", StringComparison.Ordinal) ? ProseText.Fold(s) : s)
                    : WrongType();

            case PropertyType.Url:
                if (token is not { Kind: SyntaxKind.StringLiteralToken, Value: string url })
                {
                    return WrongType();
                }

                if (UrlValidator.Check(url) is { } problem)
                {
                    Report(DiagnosticDescriptors.InvalidUrl, tree, item.Span, url, problem);
                    return null;
                }

                return new BoundValue(item, url);

            case PropertyType.Date:
                return token switch
                {
                    { Kind: SyntaxKind.DateLiteralToken, Value: DateValue date } => new BoundValue(item, date),
                    { Kind: SyntaxKind.IntegerLiteralToken, Value: long year, Text.Length: 4 } when year > 0 => new BoundValue(item, DateValue.FromYear((int)year, token.Text)),
                    _ => WrongType(),
                };

            case PropertyType.Integer:
                if (token is not { Kind: SyntaxKind.IntegerLiteralToken, Value: long number })
                {
                    return WrongType();
                }

                return CheckRange(symbol, definition, item, number) ? new BoundValue(item, number) : null;

            case PropertyType.Decimal:
                decimal? amount = token switch
                {
                    { Kind: SyntaxKind.DecimalLiteralToken, Value: decimal d } => d,
                    { Kind: SyntaxKind.IntegerLiteralToken, Value: long l } => l,
                    _ => null,
                };
                if (amount is null)
                {
                    return WrongType();
                }

                return CheckRange(symbol, definition, item, amount.Value) ? new BoundValue(item, amount.Value) : null;

            case PropertyType.Boolean:
                if (token is { Kind: SyntaxKind.IdentifierToken, Text: "true" or "false" })
                {
                    return new BoundValue(item, token.Text == "true");
                }

                return WrongType();

            case PropertyType.AttackId:
                if (token is not { Kind: SyntaxKind.IdentifierToken })
                {
                    return WrongType();
                }

                var resolution = AttackCatalog.Enterprise.Resolve(token.Text, definition.AttackKind!.Value);
                if (resolution.IsError)
                {
                    // No suggestion (and so no fix) of an ID the list already names.
                    resolution = resolution.WithoutSuggestions(ListItems.OtherItemTexts(token));
                    var only = resolution.Suggestions.Length == 1 ? resolution.Suggestions[0].Id : null;
                    ReportWithSuggestion(DiagnosticDescriptors.UnknownAttackId, tree, token.Span, only, AttackMessages.Invalid(resolution));
                    return null;
                }

                return new BoundValue(item, resolution.Object!);

            case PropertyType.Currency:
                if (token is not { Kind: SyntaxKind.IdentifierToken })
                {
                    return WrongType();
                }

                if (!CurrencyCodes.IsKnown(token.Text))
                {
                    var currency = CurrencyCodes.IsKnown(token.Text.ToUpperInvariant()) ? token.Text.ToUpperInvariant() : NameSuggester.Suggest(token.Text.ToUpperInvariant(), CurrencyCodes.All);
                    ReportWithSuggestion(DiagnosticDescriptors.UnknownCurrency, tree, token.Span, currency, token.Text, NameSuggester.Tail(currency));
                    return null;
                }

                return new BoundValue(item, token.Text);

            case PropertyType.Cve:
                if (token is not { Kind: SyntaxKind.IdentifierToken })
                {
                    return WrongType();
                }

                if (CveId.Check(token.Text) is { } cveProblem)
                {
                    Report(DiagnosticDescriptors.MalformedCve, tree, token.Span, token.Text, cveProblem);
                    return null;
                }

                return new BoundValue(item, token.Text);

            case PropertyType.Confidence:
                if (token is { Kind: SyntaxKind.IntegerLiteralToken, Value: long score })
                {
                    return CheckRange(symbol, definition, item, score) ? new BoundValue(item, Confidence.FromScore((int)score)) : null;
                }

                return token is { Kind: SyntaxKind.IdentifierToken } && CheckVocabulary(symbol, definition, token) is { } level
                    ? new BoundValue(item, Confidence.FromLevel((ConfidenceLevel)level))
                    : token is { Kind: SyntaxKind.IdentifierToken } ? null : WrongType();

            case PropertyType.Enum:
                if (token is not { Kind: SyntaxKind.IdentifierToken })
                {
                    return WrongType();
                }

                return CheckVocabulary(symbol, definition, token) is { } value ? new BoundValue(item, value) : null;

            case PropertyType.Country:
                if (token is not { Kind: SyntaxKind.IdentifierToken })
                {
                    return WrongType();
                }

                if (!CountryCodes.IsAssigned(token.Text))
                {
                    var suggestion = SuggestCountry(token.Text);
                    ReportWithSuggestion(DiagnosticDescriptors.UnknownCountry, tree, token.Span, suggestion, token.Text, NameSuggester.Tail(suggestion));
                    return null;
                }

                return new BoundValue(item, token.Text);

            case PropertyType.Reference:
                if (token is not { Kind: SyntaxKind.IdentifierToken })
                {
                    return WrongType();
                }

                return Resolve(symbol, definition, token) is { } target ? new BoundValue(item, target) : null;

            default:
                return WrongType();
        }
    }

    private bool CheckRange(Symbol symbol, PropertyDefinition definition, ValueSyntax item, decimal number)
    {
        if (number >= definition.Minimum && number <= definition.Maximum)
        {
            return true;
        }

        Report(DiagnosticDescriptors.IntegerOutOfPropertyRange, symbol.Tree, item.Span, definition.Name, definition.Minimum, definition.Maximum, number);
        return false;
    }

    private VocabularyValue? CheckVocabulary(Symbol symbol, PropertyDefinition definition, SyntaxToken token)
    {
        if (definition.FindValue(token.Text) is { } value)
        {
            return value;
        }

        var suggestion = SynonymOf(definition, token.Text) ?? NameSuggester.Suggest(token.Text, definition.Vocabulary.Select(v => v.Name));
        ReportWithSuggestion(DiagnosticDescriptors.ValueNotInVocabulary, symbol.Tree, token.Span, suggestion, token.Text, definition.Name,
            suggestion is null ? $"; expected one of {string.Join(", ", definition.Vocabulary.Select(v => v.Name))}" : NameSuggester.Tail(suggestion));
        return null;
    }

    /// <summary>The value a common other spelling stands for: <c>medium</c> → <c>moderate</c>, <c>TLP:AMBER</c> → <c>amber</c>, <c>amber+strict</c> → <c>amber-strict</c>.</summary>
    private static string? SynonymOf(PropertyDefinition definition, string text)
    {
        foreach (var value in definition.Vocabulary)
        {
            IEnumerable<string> spellings = value is TlpLevel tlp ? tlp.LabelSynonyms : value.Synonyms;
            if (spellings.Append(value.Name).Any(s => string.Equals(s, text, StringComparison.OrdinalIgnoreCase)))
            {
                return value.Name;
            }
        }

        return null;
    }

    /// <summary>The one candidate that shares a hyphen-separated word with the name (<c>wsj-report</c> → <c>wsj</c>), if exactly one does.</summary>
    private static string? SharedWord(string name, IEnumerable<string> candidates)
    {
        var words = name.Split('-', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sharing = candidates.Distinct(StringComparer.Ordinal).Where(c => c.Split('-').Any(words.Contains)).ToList();
        return sharing.Count == 1 ? sharing[0] : null;
    }

    private static string? SuggestCountry(string text)
    {
        if (text == "UK")
        {
            return "GB";
        }

        var upper = text.ToUpperInvariant();
        return CountryCodes.IsAssigned(upper) ? upper : null;
    }

    private Symbol? Resolve(Symbol symbol, PropertyDefinition definition, SyntaxToken token)
    {
        var name = token.Text;
        var target = _scopes.Lookup(name, symbol.Incident);
        if (target is null || target.Incident is null)
        {
            // Not one of the incident's own declarations: the answer depends on the compilation's top-level names.
            _unitTopLevelLookups.Add(name);
        }

        if (target is null)
        {
            _unitHasUnresolved = true;
            // Not a name the list already has: "did you mean" must not turn [s1, s2] into [s1, s1].
            var listed = ListItems.OtherItemTexts(token);
            var candidates = _scopes.LocalsOf(symbol.Incident).Concat(_scopes.TopLevel)
                .Where(s => definition.ReferenceKinds.Contains(s.Kind)).Select(s => s.Name)
                .Where(n => !listed.Contains(n, StringComparer.Ordinal));
            var candidateList = candidates.ToList();
            var suggestion = NameSuggester.Suggest(name, candidateList) ?? SharedWord(name, candidateList);
            if (suggestion is not null && _scopes.Lookup(suggestion, symbol.Incident) is { } suggested)
            {
                // The declaration the author most likely meant is not reported as unused (INC2003): one mistake, one diagnostic.
                _unitSuggested.Add(suggested);
                Depend(suggested);
            }

            ReportWithSuggestion(DiagnosticDescriptors.UndefinedReference, symbol.Tree, token.Span, suggestion, name, NameSuggester.Tail(suggestion));
            return null;
        }

        if (!definition.ReferenceKinds.Contains(target.Kind))
        {
            Report(DiagnosticDescriptors.WrongReferenceKind, symbol.Tree, token.Span, name, Article(target.Definition.Keyword), definition.Name,
                LanguageSchema.DescribeKinds(definition.ReferenceKinds, plural: definition.IsList));
            return null;
        }

        _unitReferences.Add((target, symbol.Tree.GetLocation(token.Span)));
        Depend(target);
        return target;
    }

    /// <summary>Records that the unit being bound read another unit's top-level symbol.</summary>
    private void Depend(Symbol target)
    {
        if (target.Incident is null && target != _unitSymbol)
        {
            _unitDependencies.Add(target);
        }
    }
}
