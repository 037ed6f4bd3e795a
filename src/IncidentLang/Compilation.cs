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
    private readonly Lazy<IncidentErrorIndex> _errorIndex;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels = new();

    private Compilation(ImmutableArray<SyntaxTree> trees, CompilationOptions options)
    {
        SyntaxTrees = trees;
        Options = options;
        _bound = new Lazy<BoundCompilation>(BindSafely);
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(ComputeDiagnostics);
        _errorIndex = new Lazy<IncidentErrorIndex>(() => new IncidentErrorIndex(GetDiagnostics(), Bound.Incidents));
    }

    /// <summary>The trees, ordered by path (ordinal) so "later" declarations are well defined.</summary>
    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    public CompilationOptions Options { get; }

    public BoundCompilation Bound => _bound.Value;

    public static Compilation Create(IEnumerable<SyntaxTree> trees, CompilationOptions? options = null) =>
        new([.. trees.OrderBy(t => t.FilePath, StringComparer.Ordinal)], options ?? CompilationOptions.Default);

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

    /// <summary>Every diagnostic of every stage, sorted by file and position.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics.Value;

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
            return Binder.Bind(SyntaxTrees);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var where = SyntaxTrees.IsEmpty ? SourceText.From(string.Empty) : SyntaxTrees[0].Text;
            var diagnostic = Diagnostic.Create(DiagnosticDescriptors.InternalError, where, new TextSpan(0, 0), $"{exception.GetType().Name}: {exception.Message}");
            return new BoundCompilation([], [], [], System.Collections.Frozen.FrozenDictionary<Symbol, ImmutableArray<Location>>.Empty, [diagnostic]);
        }
    }

    private ImmutableArray<Diagnostic> ComputeDiagnostics()
    {
        var all = new List<Diagnostic>();
        foreach (var tree in SyntaxTrees)
        {
            all.AddRange(tree.Diagnostics);
        }

        all.AddRange(Bound.Diagnostics);
        all.AddRange(AnalyzerDriver.Run(Bound, Options.EffectiveToday, Options.Analyzers ?? BuiltInRules.All));
        return DiagnosticFilter.Apply(all, SyntaxTrees.SelectMany(SuppressionComments.Read), Options.RulesForFile);
    }
}
