using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang;

/// <summary>
/// The diagnostics of a compilation of many files without holding every syntax tree at once (docs/architecture.md, "Streamed
/// check"): each file is parsed and compiled alone, and a self-contained one (no catalog declarations, every reference resolved
/// inside it) keeps only its diagnostics. At the end, the files whose result could differ in the whole compilation — top-level
/// names declared in more than one file (INC1004, INC1016), a member named like another file's catalog declaration (INC1015),
/// files that are not self-contained and the files declaring what those look up — are compiled again together, the others
/// represented by their top-level names only. The result equals <see cref="Compilation.GetDiagnostics"/> of all the trees.
/// </summary>
public static class StreamedCompilation
{
    /// <summary>
    /// Compiles the files at <paramref name="paths"/>. <paramref name="parse"/> reads and parses one (null: unreadable); it is called
    /// once per file, and again for a file that has to be compiled with others and whose tree was dropped. If that second reading
    /// fails or returns another text (the file changed meanwhile), every file is read and compiled again as one compilation.
    /// </summary>
    /// <param name="paths">The files' paths, as their trees' <see cref="SyntaxTree.FilePath"/> will be.</param>
    /// <param name="parse">Reads and parses a file; called from several threads at once.</param>
    /// <param name="options">The options of the compilation; its <see cref="CompilationOptions.MaxDegreeOfParallelism"/> files are compiled at once.</param>
    /// <param name="fileDone">Called after each file's first compilation (from any thread): for a progress line.</param>
    public static StreamedDiagnostics GetDiagnostics(IReadOnlyList<string> paths, Func<string, SyntaxTree?> parse, CompilationOptions? options = null, Action? fileDone = null) =>
        Compile<object?>(paths, parse, options, null, null, fileDone);

    /// <summary>
    /// <see cref="GetDiagnostics"/>, and <paramref name="visit"/> of each file read with the compilation its diagnostics come from
    /// and the file's incidents in it (in source order), for a host to render them while that compilation is alive. A file first
    /// compiled alone and then found to need the others is visited again with the others; its first result goes to
    /// <paramref name="discard"/>. The results are in <see cref="StreamedDiagnostics{T}.FileResults"/>, one per file read.
    /// </summary>
    /// <param name="visit">Called once or twice per file, from several threads at once.</param>
    public static StreamedDiagnostics<T> GetDiagnostics<T>(IReadOnlyList<string> paths, Func<string, SyntaxTree?> parse, CompilationOptions? options, Func<Compilation, ImmutableArray<IncidentSymbol>, T> visit, Action<T> discard, Action? fileDone = null)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(discard);
        return Compile(paths, parse, options, visit, discard, fileDone);
    }

    private static StreamedDiagnostics<T> Compile<T>(IReadOnlyList<string> paths, Func<string, SyntaxTree?> parse, CompilationOptions? options, Func<Compilation, ImmutableArray<IncidentSymbol>, T>? visit, Action<T>? discard, Action? fileDone)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(parse);
        Func<Compilation, ImmutableArray<IncidentSymbol>, object?>? visitor = visit is null ? null : (c, i) => visit(c, i);
        options ??= CompilationOptions.Default;
        options = options with { Today = options.EffectiveToday }; // one day for every file, even across midnight
        var ordered = paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        // Files are compiled several at a time, each on one thread; fewer files than threads share out the spare ones (one large
        // report checked alone binds and analyses on every core).
        var alone = options with { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism / Math.Max(1, ordered.Length)) };
        var single = ordered.Length == 1; // a file compiled alone is the whole compilation
        var summaries = new StreamedFileSummary?[ordered.Length];
        int compiled = 0, dependent = 0;
        ParallelWork.For(ordered.Length, options.MaxDegreeOfParallelism, i =>
        {
            if (parse(ordered[i]) is { } tree)
            {
                // Where most files depend on others (catalogs), compiling each alone first is wasted: past the first few, the
                // files are only parsed, and all are compiled together at the end (the result is the same either way).
                var mostlyDependent = Volatile.Read(ref compiled) >= SampleSize && Volatile.Read(ref dependent) * 2 > Volatile.Read(ref compiled);
                var summary = mostlyDependent ? new StreamedFileSummary(tree.FilePath, [], default) { Tree = tree } : Summarize(tree, alone, single, visitor);
                Interlocked.Increment(ref compiled);
                if (!summary.IsSelfContained)
                {
                    Interlocked.Increment(ref dependent);
                }

                summaries[i] = summary;
            }

            fileDone?.Invoke();
        });

        var unreadable = ordered.Where((_, i) => summaries[i] is null).ToImmutableArray();
        var files = summaries.OfType<StreamedFileSummary>().ToArray();
        var recompiled = FilesToRecompile(files, files.Where(f => !f.IsSelfContained));
        if (recompiled.Count == 0)
        {
            return new StreamedDiagnostics<T>([.. files.SelectMany(f => f.Diagnostics)], unreadable, files.Length, 0, ResultsOf<T>(files));
        }

        // Every other file with top-level names is represented by a stub; a file whose stub would not declare exactly its names is
        // compiled for real (which may pull in what it looks up).
        var stubs = new Dictionary<StreamedFileSummary, SyntaxTree>();
        for (var stubless = files.Where(f => !recompiled.Contains(f) && !f.TopLevel.IsEmpty).ToList(); stubless.Count > 0;)
        {
            var failed = new List<StreamedFileSummary>();
            foreach (var file in stubless)
            {
                if (Stub(file) is { } stub)
                {
                    stubs[file] = stub;
                }
                else
                {
                    failed.Add(file);
                }
            }

            recompiled = failed.Count == 0 ? recompiled : FilesToRecompile(files, [.. recompiled, .. failed]);
            stubless = [.. files.Where(f => !recompiled.Contains(f) && !f.TopLevel.IsEmpty && !stubs.ContainsKey(f))];
        }

        var trees = new List<SyntaxTree>(files.Length);
        foreach (var file in files)
        {
            if (!recompiled.Contains(file))
            {
                if (stubs.TryGetValue(file, out var stub))
                {
                    trees.Add(stub);
                }

                continue;
            }

            var tree = file.Tree ?? parse(file.Path);
            if (tree is null || (file.Tree is null && Identity(tree.Text) != file.TextIdentity))
            {
                Discard(files, discard);
                return Whole<T>(ordered, parse, options, visitor);
            }

            trees.Add(tree);
        }

        Discard(recompiled, discard);
        var recompiledPaths = recompiled.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var compilation = Compilation.Create(trees, options);
        var together = compilation.GetDiagnostics().Where(d => recompiledPaths.Contains(d.Location.FilePath)).ToLookup(d => d.Location.FilePath, StringComparer.Ordinal);
        var results = Visit(compilation, recompiledPaths, visitor, options.MaxDegreeOfParallelism);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var file in files)
        {
            diagnostics.AddRange(recompiled.Contains(file) ? together[file.Path] : file.Diagnostics);
        }

        return new StreamedDiagnostics<T>(diagnostics.ToImmutable(), unreadable, files.Length, recompiled.Count,
            [.. files.Select(f => recompiled.Contains(f) ? (T)results.GetValueOrDefault(f.Path)! : (T)f.Result!)]);
    }

    /// <summary>The visitor's results for the files of <paramref name="paths"/>, each visited with its incidents in the compilation.</summary>
    private static Dictionary<string, object?> Visit(Compilation compilation, IReadOnlySet<string> paths, Func<Compilation, ImmutableArray<IncidentSymbol>, object?>? visitor, int jobs)
    {
        var results = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (visitor is null)
        {
            return results;
        }

        var incidents = compilation.Bound.Incidents.GroupBy(i => i.Tree.FilePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        var visited = compilation.SyntaxTrees.Where(t => paths.Contains(t.FilePath)).ToArray();
        var slots = new object?[visited.Length];
        ParallelWork.For(visited.Length, jobs, i => slots[i] = visitor(compilation, incidents.GetValueOrDefault(visited[i].FilePath, [])));
        for (var i = 0; i < visited.Length; i++)
        {
            results[visited[i].FilePath] = slots[i];
        }

        return results;
    }

    private static ImmutableArray<T> ResultsOf<T>(IEnumerable<StreamedFileSummary> files) => [.. files.Select(f => (T)f.Result!)];

    /// <summary>Hands the results of the files' first visits to <paramref name="discard"/>: they are visited again.</summary>
    private static void Discard<T>(IEnumerable<StreamedFileSummary> files, Action<T>? discard)
    {
        if (discard is null)
        {
            return;
        }

        foreach (var file in files.Where(f => f.IsSelfContained && f.Result is not null))
        {
            discard((T)file.Result!);
        }
    }

    /// <summary>How many files are compiled alone before the share of dependent ones decides whether to go on (see above).</summary>
    private const int SampleSize = 32;

    /// <summary>Compiles one file alone and keeps what the end of the run needs.</summary>
    private static StreamedFileSummary Summarize(SyntaxTree tree, CompilationOptions options, bool single, Func<Compilation, ImmutableArray<IncidentSymbol>, object?>? visitor)
    {
        var compilation = Compilation.Create([tree], options);
        var bound = compilation.Bound;
        var topLevel = bound.Units.Select(u => u.Symbol).Where(s => s.Name.Length > 0).Select(s => (s.Name, s.Kind)).ToImmutableArray();
        var lookups = bound.Units.SelectMany(u => u.TopLevelLookups).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var selfContained = single || (!bound.TopLevelSignature.IsDefault && bound.Catalog.IsEmpty && !bound.Units.Any(u => u.HasUnresolvedReference));
        if (!selfContained)
        {
            return new StreamedFileSummary(tree.FilePath, topLevel, lookups) { Tree = tree };
        }

        return new StreamedFileSummary(tree.FilePath, topLevel, lookups)
        {
            Diagnostics = compilation.GetDiagnostics(),
            Result = visitor?.Invoke(compilation, bound.Incidents),
            // What only the end-of-run checks between files read; a file checked alone is never compiled again (hashing the
            // 2,000-claim report's text alone took a millisecond).
            MemberNameHashes = single ? [] : [.. bound.Units.SelectMany(u => u.Members).Where(m => m.Name.Length > 0).Select(m => StringComparer.Ordinal.GetHashCode(m.Name)).Distinct()],
            TextIdentity = single ? default : Identity(tree.Text),
        };
    }

    /// <summary>The files whose diagnostics the whole compilation could give differently than the file compiled alone.</summary>
    /// <param name="files">Every file read.</param>
    /// <param name="known">Files already known to need it.</param>
    private static HashSet<StreamedFileSummary> FilesToRecompile(StreamedFileSummary[] files, IEnumerable<StreamedFileSummary> known)
    {
        var result = known.ToHashSet();
        if (files.Length <= 1)
        {
            return result;
        }

        if (result.Any(f => f.TopLevelLookups.IsDefault))
        {
            return [.. files]; // a file only parsed may look up anything
        }

        // A name declared at the top level of two files, even in another case (INC1004, INC1016: the first declaration wins).
        var declaredIn = new Dictionary<string, StreamedFileSummary>(StringComparer.OrdinalIgnoreCase);
        var catalogNames = new HashSet<int>();
        foreach (var file in files)
        {
            foreach (var (name, kind) in file.TopLevel)
            {
                if (!declaredIn.TryAdd(name, file) && declaredIn[name] != file)
                {
                    result.Add(file);
                    result.Add(declaredIn[name]);
                }

                if (kind != DeclarationKind.Incident)
                {
                    catalogNames.Add(StringComparer.Ordinal.GetHashCode(name));
                }
            }
        }

        // A member named like a catalog declaration (INC1015; a hash match is enough to compile it with the others).
        foreach (var file in files.Where(f => f.IsSelfContained && catalogNames.Count > 0))
        {
            if (file.MemberNameHashes.Any(catalogNames.Contains))
            {
                result.Add(file);
            }
        }

        // What the recompiled files look up must be real, not a stub: an analyzer may read what a reference resolves to.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var name in result.SelectMany(f => f.TopLevelLookups).ToArray())
            {
                if (declaredIn.TryGetValue(name, out var declaring) && result.Add(declaring))
                {
                    changed = true;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// A tree that declares the file's top-level names and nothing else (all incidents: a file with catalog declarations is never
    /// stubbed), under its path; null when parsing it does not give exactly those names.
    /// </summary>
    private static SyntaxTree? Stub(StreamedFileSummary file)
    {
        var text = string.Join('\n', file.TopLevel.Select(t => $"incident {t.Name} {{}}"));
        var tree = SyntaxTree.Parse(SourceText.From(text, file.Path));
        var declared = tree.Root.Declarations.Select(d => (Name: d.Name is { IsMissing: false } name ? name.Text : string.Empty, d.DeclarationKind));
        return tree.Diagnostics.IsEmpty && declared.SequenceEqual(file.TopLevel) ? tree : null;
    }

    private static (int Length, int Hash) Identity(SourceText text) => (text.Length, string.GetHashCode(text.Text.AsSpan()));

    /// <summary>The plain way: every file read again and compiled as one compilation.</summary>
    private static StreamedDiagnostics<T> Whole<T>(string[] paths, Func<string, SyntaxTree?> parse, CompilationOptions options, Func<Compilation, ImmutableArray<IncidentSymbol>, object?>? visitor)
    {
        var trees = new SyntaxTree?[paths.Length];
        ParallelWork.For(paths.Length, options.MaxDegreeOfParallelism, i => trees[i] = parse(paths[i]));
        var read = trees.OfType<SyntaxTree>().ToArray();
        var compilation = Compilation.Create(read, options);
        var diagnostics = compilation.GetDiagnostics();
        var results = Visit(compilation, read.Select(t => t.FilePath).ToHashSet(StringComparer.Ordinal), visitor, options.MaxDegreeOfParallelism);
        return new StreamedDiagnostics<T>(diagnostics, [.. paths.Where((_, i) => trees[i] is null)], read.Length, read.Length,
            [.. read.Select(t => (T)results.GetValueOrDefault(t.FilePath)!)]);
    }
}
