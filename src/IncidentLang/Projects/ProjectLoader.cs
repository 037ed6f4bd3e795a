using System.Collections.Immutable;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Projects;

/// <summary>
/// Turns the paths given on the command line into the files of one compilation (docs/language.md, "Projects: `incidentlang.json`"):
/// folders are searched recursively for <c>*.inc</c>; each file's nearest
/// <c>incidentlang.json</c> (or the one given with <c>--config</c>) adds its catalog files and
/// drops its excluded ones (files named explicitly are always compiled).
/// </summary>
public sealed class ProjectLoader
{
    private readonly Dictionary<string, ProjectConfiguration?> _configByDirectory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectConfiguration> _configByPath = new(StringComparer.Ordinal);
    private readonly ProjectConfiguration? _explicitConfig;
    private readonly string _baseDirectory;
    private readonly ProjectFileSystem _files;
    private readonly List<(string FullPath, bool Absolute)> _given = [];

    public ProjectLoader(string? configPath = null, string? baseDirectory = null)
        : this(ProjectFileSystem.Physical, configPath, baseDirectory)
    {
    }

    /// <summary>A loader that reads <paramref name="files"/> instead of the disk (paths are still full paths on disk).</summary>
    public ProjectLoader(ProjectFileSystem files, string? configPath = null, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        _files = files;
        _baseDirectory = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        if (configPath is not null)
        {
            _explicitConfig = LoadConfig(Path.GetFullPath(configPath, _baseDirectory));
        }
    }

    /// <summary>
    /// How many files are read and parsed at once (1, the default: one after the other), and the most threads that build the tokens
    /// of one large file (at most 4).
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>Called once the files are found, with how many are about to be read and parsed: for a host's progress line.</summary>
    public Action<int>? ParsingFiles { get; init; }

    /// <summary>Called after each file is read and parsed (from any thread, in any order): for a host's progress line.</summary>
    public Action? FileParsed { get; init; }

    public sealed record Result(ImmutableArray<SyntaxTree> Trees, ImmutableArray<Diagnostic> ConfigurationDiagnostics, ImmutableArray<string> UnreadablePaths, ImmutableArray<ProjectConfiguration> Configurations)
    {
        /// <summary>The configuration governing a file (for rule levels).</summary>
        public Func<string, ProjectConfiguration?> ConfigurationOf { get; init; } = _ => null;

        /// <summary>Display paths of files added only because they are catalogs of a project (not named or found in a given folder).</summary>
        public ImmutableHashSet<string> CatalogOnlyPaths { get; init; } = [];

        public bool IsCatalogOnly(string displayPath) => CatalogOnlyPaths.Contains(displayPath);

        /// <summary>Every file found, in order of full path (ordinal), with the path diagnostics show.</summary>
        public ImmutableArray<(string FullPath, string DisplayPath)> Files { get; init; } = [];
    }

    /// <summary>Finds the files and reads and parses them (<see cref="MaxDegreeOfParallelism"/> at a time).</summary>
    public Result Load(IEnumerable<string> paths)
    {
        var found = Find(paths);
        var entries = found.Files;
        ParsingFiles?.Invoke(entries.Length);
        var parsed = new SyntaxTree?[entries.Length];
        Parallel.For(0, entries.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, MaxDegreeOfParallelism) }, i =>
        {
            parsed[i] = Parse(entries[i].FullPath, entries[i].DisplayPath);
            FileParsed?.Invoke();
        });
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>(entries.Length);
        var unreadable = found.UnreadablePaths.ToBuilder();
        for (var i = 0; i < entries.Length; i++)
        {
            if (parsed[i] is { } tree)
            {
                trees.Add(tree);
            }
            else
            {
                unreadable.Add(entries[i].DisplayPath);
            }
        }

        return found with { Trees = trees.ToImmutable(), UnreadablePaths = unreadable.ToImmutable() };
    }

    /// <summary>
    /// Reads and parses one file <see cref="Find"/> found; null when it cannot be read. A file over the size limit is not even
    /// read (INC0009, docs/reliability.md "Limits"). Safe to call from several threads.
    /// </summary>
    public SyntaxTree? Parse(string fullPath, string displayPath)
    {
        try
        {
            var length = _files.GetLength(fullPath);
            if (length > SyntaxLimits.MaxFileBytes)
            {
                return FileSizeLimit.CreateUnread(displayPath, length);
            }

            // A file large enough to be scanned in two halves: the thread pool's first worker is started now, while this thread
            // reads and decodes the file, so it is running when the second half is handed to it. Started by the scan itself, it
            // began its half 0.9-1.5 ms late and the first half waited for it (61 rounds, three times: 1.1, 0.6 and 1.1 ms
            // off the 2,000-claim check). Not at the start of the process: a second thread then slowed the start more than it
            // saved (docs/performance-history.md, session 12).
            if (MaxDegreeOfParallelism > 1 && length >= ErrorFreeParser.MinCharsForParallelScan)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static _ => { }, null);
            }

            return SyntaxParser.Parse(SourceText.FromBytes(_files.ReadAllBytes(fullPath), displayPath), tryErrorFreeParser: true, Math.Max(1, MaxDegreeOfParallelism));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Finds the files of the compilation and their configurations without reading them: <see cref="Result.Trees"/> is empty,
    /// <see cref="Result.Files"/> lists them, and <see cref="Result.UnreadablePaths"/> holds the paths given that do not exist.
    /// </summary>
    public Result Find(IEnumerable<string> paths)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal); // full path -> display path
        var unreadable = new List<string>();
        foreach (var path in paths)
        {
            _given.Add((Path.GetFullPath(path, _baseDirectory), Path.IsPathFullyQualified(path)));
            var full = Path.GetFullPath(path, _baseDirectory);
            if (_files.FileExists(full))
            {
                files[full] = Display(full);
            }
            else if (_files.DirectoryExists(full))
            {
                foreach (var file in EnumerateIncFiles(full))
                {
                    if (ConfigFor(file) is not { } config || !config.IsExcluded(file))
                    {
                        files[file] = Display(file);
                    }
                }
            }
            else
            {
                unreadable.Add(path);
            }
        }

        // Catalog files of every project involved.
        var catalogOnly = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var config in files.Keys.ToList().Select(ConfigFor).OfType<ProjectConfiguration>().Distinct())
        {
            if (config.Catalogs.IsEmpty || !_files.DirectoryExists(config.Directory))
            {
                continue;
            }

            foreach (var file in EnumerateIncFiles(config.Directory))
            {
                if (config.IsCatalog(file) && !config.IsExcluded(file) && files.TryAdd(file, Display(file)))
                {
                    catalogOnly.Add(Display(file));
                }
            }
        }

        // Every file's configuration is looked up now, so that later lookups (from any thread) only read the caches.
        foreach (var file in files.Keys)
        {
            ConfigFor(file);
        }

        // Rule levels are looked up once per diagnostic: index the files by their displayed path.
        var fullPathByDisplay = files.ToDictionary(f => f.Value, f => f.Key, StringComparer.Ordinal);
        var configs = _configByPath.Values.OrderBy(c => c.FilePath, StringComparer.Ordinal).ToImmutableArray();
        return new Result([], [.. configs.SelectMany(c => c.Diagnostics)], [.. unreadable], configs)
        {
            Files = [.. files.Select(f => (f.Key, f.Value))],
            ConfigurationOf = display => fullPathByDisplay.TryGetValue(display, out var full) ? ConfigFor(full) : null,
            CatalogOnlyPaths = catalogOnly.ToImmutable(),
        };
    }

    private IEnumerable<string> EnumerateIncFiles(string directory) => _files.EnumerateIncFiles(directory);

    /// <summary>
    /// Paths in diagnostics are written as the user gave them: a file named by an absolute path,
    /// or found in a folder named by one, keeps its absolute path; one named relatively is relative
    /// to the working folder, with '/' separators. A file reached otherwise (a catalog, a
    /// configuration) is relative when it lies inside the working folder, else absolute (never "../../").
    /// </summary>
    private string Display(string fullPath)
    {
        var given = _given.LastOrDefault(g => g.FullPath == fullPath || IsUnder(fullPath, g.FullPath));
        var relative = Path.GetRelativePath(_baseDirectory, fullPath);
        var absolute = given.FullPath is not null ? given.Absolute : relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathFullyQualified(relative);
        return absolute ? fullPath : relative.Replace('\\', '/');
    }

    private static bool IsUnder(string path, string directory) =>
        path.StartsWith(Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The nearest incidentlang.json walking up from the file (or the explicit one).</summary>
    public ProjectConfiguration? ConfigFor(string fullPath)
    {
        if (_explicitConfig is not null)
        {
            return _explicitConfig;
        }

        var directory = Path.GetDirectoryName(fullPath);
        var visited = new List<string>();
        ProjectConfiguration? found = null;
        while (directory is not null)
        {
            if (_configByDirectory.TryGetValue(directory, out var cached))
            {
                found = cached;
                break;
            }

            visited.Add(directory);
            var candidate = Path.Combine(directory, ProjectConfiguration.FileName);
            if (_files.FileExists(candidate))
            {
                found = LoadConfig(candidate);
                break;
            }

            directory = Path.GetDirectoryName(directory);
        }

        foreach (var dir in visited)
        {
            _configByDirectory[dir] = found;
        }

        return found;
    }

    private ProjectConfiguration LoadConfig(string fullPath)
    {
        if (!_configByPath.TryGetValue(fullPath, out var config))
        {
            try
            {
                config = ProjectConfiguration.Parse(_files.ReadAllBytes(fullPath), Display(fullPath), fullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                config = ProjectConfiguration.Parse([], Display(fullPath), fullPath);
            }

            _configByPath[fullPath] = config;
        }

        return config;
    }
}
