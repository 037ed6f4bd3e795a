using System.Collections.Concurrent;
using System.Collections.Immutable;
using IncidentLang.Analyzers;
using IncidentLang.Analyzers.Rules;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Emit;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang;

/// <summary>
/// A set of syntax trees compiled together (docs/language.md, "Name resolution"): the files given plus their projects' catalog
/// files. Binding happens once, on first use; the compilation itself is immutable.
/// </summary>
public sealed class Compilation
{
    private readonly Lazy<BoundCompilation> _bound;
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;
    private readonly Lazy<ImmutableArray<Diagnostic>> _reported;
    private readonly Lazy<IncidentErrorIndex> _errorIndex;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels = new();

    // The binding of the compilation this one was made from, whose units binding may reuse; dropped once bound, so no chain of compilations is kept alive.
    private BoundCompilation? _previous;

    private Compilation(ImmutableArray<SyntaxTree> trees, CompilationOptions options, BoundCompilation? previous = null)
    {
        SyntaxTrees = trees;
        Options = options;
        _previous = previous;
        _bound = new Lazy<BoundCompilation>(BindSafely);
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(ComputeDiagnostics);
        _reported = new Lazy<ImmutableArray<Diagnostic>>(() => DiagnosticLimit.Apply(_diagnostics.Value));
        // All diagnostics, not only those reported: an error beyond a file's limit (INC0012) still stops its incident.
        _errorIndex = new Lazy<IncidentErrorIndex>(() => new IncidentErrorIndex(_diagnostics.Value, Bound.Incidents));
    }

    /// <summary>The trees, ordered by path (ordinal) so "later" declarations are well defined.</summary>
    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    public CompilationOptions Options { get; }

    public BoundCompilation Bound => _bound.Value;

    public static Compilation Create(IEnumerable<SyntaxTree> trees, CompilationOptions? options = null) =>
        new([.. trees.OrderBy(t => t.FilePath, StringComparer.Ordinal)], options ?? CompilationOptions.Default);

    /// <summary>
    /// A new compilation with <paramref name="oldTree"/> replaced by <paramref name="newTree"/> (which may have another path). It reuses
    /// every other tree and the binding and analysis of every incident and catalog declaration that cannot have changed:
    /// docs/architecture.md, "Incremental compilation". Its diagnostics equal those of <see cref="Create"/> of the same trees.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="oldTree"/> is not one of <see cref="SyntaxTrees"/>.</exception>
    public Compilation ReplaceSyntaxTree(SyntaxTree oldTree, SyntaxTree newTree)
    {
        ArgumentNullException.ThrowIfNull(oldTree);
        ArgumentNullException.ThrowIfNull(newTree);
        var index = SyntaxTrees.IndexOf(oldTree);
        if (index < 0)
        {
            throw new ArgumentException("The syntax tree is not part of the compilation.", nameof(oldTree));
        }

        return oldTree.FilePath == newTree.FilePath
            ? Derive(SyntaxTrees.SetItem(index, newTree))
            : Derive([.. SyntaxTrees.RemoveAt(index).Append(newTree).OrderBy(t => t.FilePath, StringComparer.Ordinal)]);
    }

    /// <summary>A new compilation with the trees added, reusing this one's binding where it can (see <see cref="ReplaceSyntaxTree"/>).</summary>
    public Compilation AddSyntaxTrees(params IEnumerable<SyntaxTree> trees) =>
        Derive([.. SyntaxTrees.Concat(trees).OrderBy(t => t.FilePath, StringComparer.Ordinal)]);

    /// <summary>A new compilation without the trees, reusing this one's binding where it can (see <see cref="ReplaceSyntaxTree"/>).</summary>
    /// <exception cref="ArgumentException">A tree is not one of <see cref="SyntaxTrees"/>.</exception>
    public Compilation RemoveSyntaxTrees(params IEnumerable<SyntaxTree> trees)
    {
        var removed = trees.ToHashSet();
        if (!removed.All(SyntaxTrees.Contains))
        {
            throw new ArgumentException("A syntax tree is not part of the compilation.", nameof(trees));
        }

        return Derive([.. SyntaxTrees.Where(t => !removed.Contains(t))]);
    }

    private Compilation Derive(ImmutableArray<SyntaxTree> trees) =>
        new(trees, Options, _bound.IsValueCreated ? _bound.Value : _previous);

    /// <summary>The semantic model of one of the compilation's trees (one per tree, created on first use).</summary>
    /// <exception cref="ArgumentException">The tree is not one of <see cref="SyntaxTrees"/>.</exception>
    public SemanticModel GetSemanticModel(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (!SyntaxTrees.Contains(tree))
        {
            throw new ArgumentException("The syntax tree is not part of the compilation.", nameof(tree));
        }

        return _semanticModels.GetOrAdd(tree, t => new SemanticModel(this, t));
    }

    /// <summary>Every diagnostic of every stage, sorted by file and position; at most 1,000 per file, then one INC0012 that sums up the rest.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _reported.Value;

    /// <summary>
    /// Renders every incident that has no errors and that <paramref name="options"/> allow, in memory
    /// (nothing is written; see <see cref="EmitResult"/>).
    /// </summary>
    public EmitResult Emit(EmitOptions? options = null) => IncidentEmitter.Emit(Bound.Incidents, HasErrors, options ?? EmitOptions.Default);

    /// <summary>True when a diagnostic of error severity lies in the incident's own declaration (or a catalog declaration it references).</summary>
    public bool HasErrors(IncidentSymbol incident) => _errorIndex.Value.HasErrors(incident);

    private BoundCompilation BindSafely()
    {
        try
        {
            return _previous is { } previous
                ? Binder.Bind(SyntaxTrees, previous, Options.MaxDegreeOfParallelism)
                : Binder.Bind(SyntaxTrees, Options.MaxDegreeOfParallelism);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var where = SyntaxTrees.IsEmpty ? SourceText.From(string.Empty) : SyntaxTrees[0].Text;
            var diagnostic = Diagnostic.Create(DiagnosticDescriptors.InternalError, where, new TextSpan(0, 0), $"{exception.GetType().Name}: {exception.Message}");
            return new BoundCompilation([], [], [], new Dictionary<Symbol, ImmutableArray<Location>>(), [diagnostic]);
        }
        finally
        {
            _previous = null;
        }
    }

    // A tree's suppression comments, read once per tree (reading walks every token): a compilation derived by an edit
    // reads only the edited tree's, so its cost does not grow with the number of files.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, SuppressionDirective[]> Suppressions = new();

    private static SuppressionDirective[] SuppressionsOf(SyntaxTree tree) =>
        Suppressions.GetValue(tree, t => [.. SuppressionComments.Read(t)]);

    private ImmutableArray<Diagnostic> ComputeDiagnostics()
    {
        var all = new List<Diagnostic>();
        foreach (var tree in SyntaxTrees)
        {
            all.AddRange(tree.Diagnostics);
        }

        all.AddRange(Bound.Diagnostics);
        all.AddRange(Bound.Units.IsEmpty
            ? AnalyzerDriver.Run(Bound, Options.EffectiveToday, Options.Analyzers ?? BuiltInRules.All)
            : AnalyzerDriver.RunIncrementally(Bound, Options.EffectiveToday, Options.Analyzers ?? BuiltInRules.All, Options.MaxDegreeOfParallelism));
        var suppressions = new SuppressionDirective[SyntaxTrees.Length][];
        ParallelWork.For(suppressions.Length, Options.MaxDegreeOfParallelism, i => suppressions[i] = SuppressionsOf(SyntaxTrees[i]));
        return DiagnosticFilter.Apply(all, suppressions.SelectMany(s => s), Options.RulesForFile);
    }
}
