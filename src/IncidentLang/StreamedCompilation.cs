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
    public static StreamedDiagnostics GetDiagnostics(IReadOnlyList<string> paths, Func<string, SyntaxTree?> parse, CompilationOptions? options = null, Action? fileDone = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(parse);
        options ??= CompilationOptions.Default;
        options = options with { Today = options.EffectiveToday }; // one day for every file, even across midnight
        var ordered = paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var alone = options with { MaxDegreeOfParallelism = 1 };
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
                var summary = mostlyDependent ? new StreamedFileSummary(tree.FilePath, [], default) { Tree = tree } : Summarize(tree, alone, single);
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
            return new StreamedDiagnostics([.. files.SelectMany(f => f.Diagnostics)], unreadable, files.Length, 0);
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
                return Whole(ordered, parse, options);
            }

            trees.Add(tree);
        }

        var recompiledPaths = recompiled.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var together = Compilation.Create(trees, options).GetDiagnostics().Where(d => recompiledPaths.Contains(d.Location.FilePath)).ToLookup(d => d.Location.FilePath, StringComparer.Ordinal);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var file in files)
        {
            diagnostics.AddRange(recompiled.Contains(file) ? together[file.Path] : file.Diagnostics);
        }

        return new StreamedDiagnostics(diagnostics.ToImmutable(), unreadable, files.Length, recompiled.Count);
    }

    /// <summary>How many files are compiled alone before the share of dependent ones decides whether to go on (see above).</summary>
    private const int SampleSize = 32;

    /// <summary>Compiles one file alone and keeps what the end of the run needs.</summary>
    private static StreamedFileSummary Summarize(SyntaxTree tree, CompilationOptions options, bool single)
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
            MemberNameHashes = [.. bound.Units.SelectMany(u => u.Members).Where(m => m.Name.Length > 0).Select(m => StringComparer.Ordinal.GetHashCode(m.Name)).Distinct()],
            TextIdentity = Identity(tree.Text),
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
    private static StreamedDiagnostics Whole(string[] paths, Func<string, SyntaxTree?> parse, CompilationOptions options)
    {
        var trees = new SyntaxTree?[paths.Length];
        ParallelWork.For(paths.Length, options.MaxDegreeOfParallelism, i => trees[i] = parse(paths[i]));
        var read = trees.OfType<SyntaxTree>().ToArray();
        return new StreamedDiagnostics(Compilation.Create(read, options).GetDiagnostics(), [.. paths.Where((_, i) => trees[i] is null)], read.Length, read.Length);
    }
}
