using IncidentLang.Projects;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.LanguageServer.Workspace;

/// <summary>
/// The editor's view of the files: open documents (their text wins over the disk), the
/// workspace folders, and one compilation per project (docs/language.md, "Projects": the folder of the nearest
/// incidentlang.json, else the workspace folder), with its catalogs and without its excluded
/// files. Parsed trees are cached by path and text, so an edit re-parses only the edited file, and a project's next
/// compilation is its last one with the edited documents' trees replaced (<see cref="Compilation.ReplaceSyntaxTree"/>): an edit
/// rebinds only what it can change, whatever the size of the folder (docs/architecture.md, "Incremental compilation"). The folder
/// is listed again only when its set of files can have changed: a document opened or closed, files changed on disk, new roots.
/// </summary>
public sealed class ServerWorkspace
{
    private readonly object _gate = new();
    private readonly Dictionary<string, OpenDocument> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, SyntaxTree Tree)> _trees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, Lazy<SyntaxTree> Tree)> _parsing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Stamp, string Text)> _disk = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectCompilation> _compilations = new(StringComparer.Ordinal);
    private readonly List<string> _roots = [];
    private ProjectLoader _projects = new();

    // Bumped whenever a project's set of files or their disk texts can have changed; text edits of open documents do not bump it.
    private int _structure;

    public Func<DateOnly?> Today { get; set; } = () => null;

    /// <summary>Where the time of each re-parse is written when the server's stage log is on (<c>INC_LSP_TIMING</c>).</summary>
    public LatencyLog Latency { get; set; } = new(TextWriter.Null, enabled: false);

    public void SetRoots(IEnumerable<string> roots)
    {
        lock (_gate)
        {
            _roots.Clear();
            _roots.AddRange(roots.Select(Path.GetFullPath));
            Invalidate();
        }
    }

    public void Open(string uri, string text, int version)
    {
        lock (_gate)
        {
            _open[uri] = new OpenDocument(uri, DocumentUri.ToPath(uri), text, version);
            _structure++;
        }
    }

    public OpenDocument? Get(string uri)
    {
        lock (_gate)
        {
            return _open.GetValueOrDefault(uri);
        }
    }

    public IReadOnlyList<OpenDocument> OpenDocuments
    {
        get
        {
            lock (_gate)
            {
                return [.. _open.Values];
            }
        }
    }

    /// <summary>
    /// Applies a full replacement (range null) or a ranged edit; ranges out of bounds are clamped. Only the text changes here:
    /// the tree follows when it is asked for (<see cref="StartParsing"/>, <see cref="Snapshot"/>), re-parsed incrementally from the
    /// last tree, so the message loop does not parse and edits that arrive before the tree was needed are re-parsed as one.
    /// </summary>
    public void Change(string uri, int version, IEnumerable<(Protocol.LspRange? Range, string Text)> changes) =>
        Change(uri, version, changes.Select(c => (c.Range, c.Text.AsMemory())));

    /// <summary>
    /// <see cref="Change(string, int, IEnumerable{ValueTuple{Protocol.LspRange, string}})"/> with the texts as characters (a full text
    /// decoded from the message into a pooled buffer, <see cref="JsonRpc.DecodedString"/>): read here, not kept. A full replacement
    /// becomes the old text with the span between the common prefix and suffix replaced, the one new string of the change, and the
    /// old string itself when the text did not change.
    /// </summary>
    public void Change(string uri, int version, IEnumerable<(Protocol.LspRange? Range, ReadOnlyMemory<char> Text)> changes)
    {
        lock (_gate)
        {
            if (!_open.TryGetValue(uri, out var document))
            {
                return;
            }

            var text = document.Text;

            // Positions are read against the text's line starts: those of the cached tree when it is of this text.
            var source = _trees.TryGetValue(document.Path, out var cached) && ReferenceEquals(cached.Text, text) ? cached.Tree.Text : null;
            foreach (var (range, newText) in changes)
            {
                if (range is null)
                {
                    text = Replace(text, newText.Span);
                    source = null;
                    continue;
                }

                source ??= SourceText.From(text);
                var start = source.GetPosition(new LinePosition(range.Start.Line, range.Start.Character));
                var end = Math.Max(start, source.GetPosition(new LinePosition(range.End.Line, range.End.Character)));
                text = string.Concat(text.AsSpan(0, start), newText.Span, text.AsSpan(end));
                source = null;
            }

            _open[uri] = document with { Text = text, Version = version };
        }
    }

    /// <summary>
    /// Starts bringing the document's tree up to its text on the thread pool (the incremental re-parse), so it runs while the
    /// diagnostics wait out their pause; <see cref="Snapshot"/> waits for it or does it, never twice.
    /// </summary>
    public void StartParsing(string uri, TextWriter log)
    {
        _ = Task.Run(() =>
        {
            try
            {
                if (Get(uri) is { } document)
                {
                    CurrentTree(document.Path, document.Text);
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                log.WriteLine($"inc lsp: parsing {uri} failed: {exception}");
            }
        });
    }

    /// <summary>
    /// The tree of <paramref name="text"/> (the text of the open document at <paramref name="path"/>): the cached one, the one being
    /// parsed, or the last tree re-parsed incrementally by the difference of the texts — outside the lock, so the message loop
    /// can take edits meanwhile. Every edit since the last tree is re-parsed at once.
    /// </summary>
    private SyntaxTree CurrentTree(string path, string text)
    {
        Lazy<SyntaxTree> parse;
        lock (_gate)
        {
            if (_trees.TryGetValue(path, out var cached) && string.Equals(cached.Text, text, StringComparison.Ordinal))
            {
                return cached.Tree;
            }

            if (_parsing.TryGetValue(path, out var running) && ReferenceEquals(running.Text, text))
            {
                parse = running.Tree;
            }
            else
            {
                var last = _trees.TryGetValue(path, out var found) ? found.Tree : null;
                parse = new Lazy<SyntaxTree>(
                    () =>
                    {
                        var started = Latency.Start();
                        var tree = last is null ? SyntaxTree.Parse(SourceText.From(text, path)) : Reparse(last, text);
                        Latency.Write($"parse {path}", last is null ? "full" : "incremental", ("parse", Latency.Lap(ref started)));
                        return tree;
                    },
                    LazyThreadSafetyMode.ExecutionAndPublication);
                _parsing[path] = (text, parse);
            }
        }

        var tree = parse.Value;
        lock (_gate)
        {
            if (_parsing.TryGetValue(path, out var running) && ReferenceEquals(running.Tree, parse))
            {
                _parsing.Remove(path);
            }

            // Keep the newest tree: an older text's tree does not replace the tree of the document's current text.
            var current = _open.Values.FirstOrDefault(o => o.Path == path)?.Text;
            if (!(_trees.TryGetValue(path, out var cached) && current is not null && string.Equals(cached.Text, current, StringComparison.Ordinal)))
            {
                _trees[path] = (text, tree);
            }
        }

        return tree;
    }

    /// <summary>
    /// The tree of <paramref name="text"/> from <paramref name="last"/>: the edit is what lies between their common prefix and suffix,
    /// and <paramref name="text"/> itself becomes the tree's text (<see cref="SyntaxTree.WithText"/>).
    /// </summary>
    private static SyntaxTree Reparse(SyntaxTree last, string text) => last.WithText(text);

    /// <summary>The span of <paramref name="before"/> that differs from <paramref name="after"/> and the text that replaces it (common prefix and suffix removed).</summary>
    internal static (TextSpan Span, string Inserted) Difference(string before, string after)
    {
        var (span, inserted) = TextDifference.Between(before, after);
        return (span, after.Substring(inserted.Start, inserted.Length));
    }

    /// <summary><paramref name="after"/> as a string built from <paramref name="before"/>: <paramref name="before"/> itself when they are equal.</summary>
    internal static string Replace(string before, ReadOnlySpan<char> after)
    {
        var (span, inserted) = TextDifference.Between(before, after);
        return span.IsEmpty && inserted.IsEmpty
            ? before
            : string.Concat(before.AsSpan(0, span.Start), after.Slice(inserted.Start, inserted.Length), before.AsSpan(span.End));
    }

    public void Close(string uri)
    {
        lock (_gate)
        {
            _open.Remove(uri);
            _structure++;
        }
    }

    /// <summary>Files or configuration changed on disk: forget cached disk texts and project settings.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _disk.Clear();
            _projects = new ProjectLoader();
            _compilations.Clear();
            _structure++;
        }
    }

    /// <summary>The document and its project's compilation; null for a document that is not open.</summary>
    public DocumentSnapshot? Snapshot(string uri)
    {
        // The open documents' trees first, outside the lock (usually only the edited one is not current).
        List<(string Path, string Text)> stale;
        lock (_gate)
        {
            stale = [.. _open.Values.Where(o => !(_trees.TryGetValue(o.Path, out var cached) && ReferenceEquals(cached.Text, o.Text))).Select(o => (o.Path, o.Text))];
        }

        foreach (var (path, text) in stale)
        {
            CurrentTree(path, text);
        }

        lock (_gate)
        {
            if (!_open.TryGetValue(uri, out var document))
            {
                return null;
            }

            var (root, config) = ProjectOf(document.Path);
            var project = _compilations.TryGetValue(root, out var cached) && cached.Structure == _structure
                ? Update(cached)
                : Compile(root, config, document);
            _compilations[root] = project;

            var tree = project.TreesByPath.GetValueOrDefault(document.Path) ?? TreeFor(document.Path, document.Text);
            return new DocumentSnapshot(uri, document.Version, tree, project.Compilation);
        }
    }

    /// <summary>The project (root folder, or the path of a lone document) a document belongs to.</summary>
    public string ProjectRootOf(string uri)
    {
        lock (_gate)
        {
            return ProjectOf(DocumentUri.ToPath(uri)).Root;
        }
    }

    private (string Root, ProjectConfiguration? Config) ProjectOf(string path)
    {
        if (!Path.IsPathRooted(path))
        {
            return (path, null);
        }

        var config = _projects.ConfigFor(path);
        if (config is not null)
        {
            return (config.Directory, config);
        }

        var folder = _roots.Where(r => path.StartsWith(r.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderByDescending(r => r.Length).FirstOrDefault();
        // Neither a project nor a workspace folder: the document is compiled on its own.
        return (folder ?? path, null);
    }

    /// <summary>The project's compilation with the trees of the open documents whose text changed replaced; the same one when none did.</summary>
    private ProjectCompilation Update(ProjectCompilation project)
    {
        var compilation = project.Compilation;
        Dictionary<string, SyntaxTree>? trees = null;
        foreach (var open in _open.Values)
        {
            if (project.TreesByPath.TryGetValue(open.Path, out var old)
                && !ReferenceEquals(old.Text.Text, open.Text) && !string.Equals(old.Text.Text, open.Text, StringComparison.Ordinal))
            {
                var tree = TreeFor(open.Path, open.Text);
                compilation = compilation.ReplaceSyntaxTree(old, tree);
                trees ??= new Dictionary<string, SyntaxTree>(project.TreesByPath, StringComparer.Ordinal);
                trees[open.Path] = tree;
            }
        }

        return trees is null ? project : project with { Compilation = compilation, TreesByPath = trees };
    }

    private ProjectCompilation Compile(string root, ProjectConfiguration? config, OpenDocument document)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(root) && root != document.Path)
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseSensitive };
            foreach (var file in Directory.EnumerateFiles(root, "*.inc", options))
            {
                if (!file.Split(Path.DirectorySeparatorChar).Any(p => p is "node_modules" or "bin" or "obj" or ".git") && config?.IsExcluded(file) != true)
                {
                    paths.Add(Path.GetFullPath(file));
                }
            }
        }

        foreach (var open in _open.Values.Where(o => o.Path == document.Path || (Path.IsPathRooted(o.Path) && o.Path.StartsWith(root, StringComparison.Ordinal) && config?.IsExcluded(o.Path) != true)))
        {
            paths.Add(open.Path);
        }

        var trees = new List<SyntaxTree>();
        foreach (var path in paths)
        {
            var open = _open.Values.FirstOrDefault(o => o.Path == path)?.Text;
            if (open is null && DiskLength(path) is > SyntaxTree.MaxFileBytes and var size)
            {
                // As inc check does: a file over the size limit is not read at all, only reported (INC0009).
                trees.Add(SyntaxTree.ForFileTooLarge(path, size));
                continue;
            }

            var text = open ?? ReadDisk(path);
            if (text is not null)
            {
                trees.Add(TreeFor(path, text));
            }
        }

        var compilation = Compilation.Create(trees, new CompilationOptions { Today = Today(), RulesForFile = _ => config?.Rules });
        return new ProjectCompilation(_structure, compilation, compilation.SyntaxTrees.ToDictionary(t => t.FilePath, StringComparer.Ordinal));
    }

    private SyntaxTree TreeFor(string path, string text)
    {
        if (_trees.TryGetValue(path, out var cached) && string.Equals(cached.Text, text, StringComparison.Ordinal))
        {
            return cached.Tree;
        }

        // An edit that arrived after the trees were brought up to date: the parse already running for it (it takes no lock), else
        // re-parsed here, incrementally when a tree is cached.
        var tree = _parsing.TryGetValue(path, out var running) && string.Equals(running.Text, text, StringComparison.Ordinal) ? running.Tree.Value
            : cached.Tree is { } last && _open.Values.Any(o => o.Path == path) ? Reparse(last, text)
            : SyntaxTree.Parse(SourceText.From(text, path));
        _trees[path] = (text, tree);
        return tree;
    }

    private static long DiskLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private string? ReadDisk(string path)
    {
        try
        {
            var stamp = File.GetLastWriteTimeUtc(path).Ticks;
            if (_disk.TryGetValue(path, out var cached) && cached.Stamp == stamp)
            {
                return cached.Text;
            }

            var text = SourceText.FromBytes(File.ReadAllBytes(path), path).Text;
            _disk[path] = (stamp, text);
            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
