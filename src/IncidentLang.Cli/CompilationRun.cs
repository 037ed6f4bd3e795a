using System.Collections.Immutable;
using System.Globalization;
using IncidentLang.Diagnostics;
using IncidentLang.Projects;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Cli;

/// <summary>What <c>build</c> and <c>check</c> share: load the files and projects, compile, collect every diagnostic.</summary>
internal sealed class CompilationRun
{
    private readonly Compilation? _compilation;

    private CompilationRun(ProjectLoader.Result loaded, Compilation compilation)
        : this(loaded, compilation, compilation.GetDiagnostics(), loaded.Trees.Length)
    {
    }

    private CompilationRun(ProjectLoader.Result loaded, Compilation? compilation, ImmutableArray<Diagnostic> diagnostics, int fileCount)
    {
        Loaded = loaded;
        _compilation = compilation;
        Diagnostics = loaded.ConfigurationDiagnostics.AddRange(diagnostics).Sort(Diagnostic.Compare);
        FileCount = fileCount;
    }

    /// <summary>The files and projects as loaded (display paths, catalog-only files, configurations).</summary>
    public ProjectLoader.Result Loaded { get; }

    /// <summary>The compilation of every file; a run made by <see cref="Check"/> keeps none.</summary>
    public Compilation Compilation => _compilation ?? throw new InvalidOperationException("A streamed check keeps no compilation.");

    /// <summary>Configuration and compilation diagnostics, sorted by path then position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public ImmutableArray<string> UnreadablePaths => Loaded.UnreadablePaths;

    /// <summary>How many files were read and compiled.</summary>
    public int FileCount { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// Null when <paramref name="configPath"/> does not exist (bad usage). Files are read and parsed
    /// <paramref name="jobs"/> at a time; the compilation is bound and analysed before this returns.
    /// </summary>
    public static CompilationRun? Start(IEnumerable<string> paths, string? configPath, DateOnly? today, TextWriter stderr, int jobs = 1, ProgressLine? progress = null)
    {
        if (ConfigurationMissing(configPath, stderr))
        {
            return null;
        }

        progress ??= ProgressLine.Silent;
        progress.Start("reading", -1, "files");
        var loader = new ProjectLoader(configPath)
        {
            MaxDegreeOfParallelism = jobs,
            ParsingFiles = count => progress.Start("parsed", count, "files"),
            FileParsed = progress.IsSilent ? null : progress.Advance,
        };
        var loaded = loader.Load(paths);
        ReportUnreadable(loaded, stderr, progress);

        progress.Start("checking", -1, string.Create(CultureInfo.InvariantCulture, $"{loaded.Trees.Length:N0} files"));
        var compilation = Compilation.Create(loaded.Trees, new CompilationOptions { Today = today, RulesForFile = path => loaded.ConfigurationOf(path)?.Rules, MaxDegreeOfParallelism = jobs });
        return new CompilationRun(loaded, compilation);
    }

    /// <summary>
    /// The diagnostics <see cref="Start"/> would give, computed file by file without keeping every tree
    /// (<see cref="StreamedCompilation"/>: docs/architecture.md, "Streamed check"); the run has no <see cref="Compilation"/>.
    /// </summary>
    public static CompilationRun? Check(IEnumerable<string> paths, string? configPath, DateOnly? today, TextWriter stderr, int jobs = 1, ProgressLine? progress = null) =>
        Stream<object?>(paths, configPath, today, stderr, jobs, progress, null, null, null).Run;

    /// <summary>
    /// <see cref="Check"/>, and <paramref name="visit"/> of each file's incidents in the compilation its diagnostics come from
    /// (<see cref="StreamedCompilation.GetDiagnostics{T}"/>): for a streamed build. The results are in order of path.
    /// <paramref name="filesFound"/> hears how many files were found, before any is read.
    /// </summary>
    public static (CompilationRun? Run, ImmutableArray<T> Results) Stream<T>(
        IEnumerable<string> paths, string? configPath, DateOnly? today, TextWriter stderr, int jobs, ProgressLine? progress,
        Func<Compilation, ImmutableArray<IncidentLang.Binding.IncidentSymbol>, T>? visit, Action<T>? discard, Action<int>? filesFound)
    {
        if (ConfigurationMissing(configPath, stderr))
        {
            return (null, []);
        }

        progress ??= ProgressLine.Silent;
        progress.Start("reading", -1, "files");
        var loader = new ProjectLoader(configPath) { MaxDegreeOfParallelism = jobs };
        var found = loader.Find(paths);
        var fullPaths = found.Files.ToDictionary(f => f.DisplayPath, f => f.FullPath, StringComparer.Ordinal);
        filesFound?.Invoke(found.Files.Length);
        progress.Start(visit is null ? "checked" : "built", found.Files.Length, "files");
        var options = new CompilationOptions { Today = today, RulesForFile = path => found.ConfigurationOf(path)?.Rules, MaxDegreeOfParallelism = jobs };
        string[] files = [.. found.Files.Select(f => f.DisplayPath)];
        SyntaxTree? Parse(string path) => loader.Parse(fullPaths[path], path);
        var advance = progress.IsSilent ? null : (Action)progress.Advance;
        StreamedDiagnostics streamed;
        var results = ImmutableArray<T>.Empty;
        if (visit is null)
        {
            streamed = StreamedCompilation.GetDiagnostics(files, Parse, options, advance);
        }
        else
        {
            var built = StreamedCompilation.GetDiagnostics(files, Parse, options, visit, discard ?? (_ => { }), advance);
            (streamed, results) = (built, built.FileResults);
        }

        var unreadable = streamed.UnreadablePaths.ToHashSet(StringComparer.Ordinal);
        var loaded = found with { UnreadablePaths = [.. found.UnreadablePaths, .. found.Files.Select(f => f.DisplayPath).Where(unreadable.Contains)] };
        ReportUnreadable(loaded, stderr, progress);

        return (new CompilationRun(loaded, null, streamed.Diagnostics, streamed.FileCount), results);
    }

    /// <summary>True, with the message, when the configuration file given does not exist (bad usage).</summary>
    private static bool ConfigurationMissing(string? configPath, TextWriter stderr)
    {
        if (configPath is null || File.Exists(configPath))
        {
            return false;
        }

        stderr.WriteLine($"inc: the configuration file '{configPath}' does not exist.");
        return true;
    }

    private static void ReportUnreadable(ProjectLoader.Result loaded, TextWriter stderr, ProgressLine progress)
    {
        if (!loaded.UnreadablePaths.IsEmpty)
        {
            progress.Dispose(); // the messages start on a line of their own
        }

        foreach (var path in loaded.UnreadablePaths)
        {
            stderr.WriteLine($"inc: cannot read '{path}': no such file or folder.");
        }
    }

    /// <summary>The same files and options compiled again, with some files' texts replaced (by display path), in memory.</summary>
    public CompilationRun WithTexts(IReadOnlyDictionary<string, SourceText> texts)
    {
        var trees = Loaded.Trees.Select(t => texts.TryGetValue(t.FilePath, out var text) ? SyntaxTree.Parse(text) : t).ToImmutableArray();
        return new CompilationRun(Loaded with { Trees = trees }, Compilation.Create(trees, Compilation.Options));
    }
}
