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
    private readonly Dictionary<string, (long Stamp, string Text)> _disk = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectCompilation> _compilations = new(StringComparer.Ordinal);
    private readonly List<string> _roots = [];
    private ProjectLoader _projects = new();

    // Bumped whenever a project's set of files or their disk texts can have changed; text edits of open documents do not bump it.
    private int _structure;

    public Func<DateOnly?> Today { get; set; } = () => null;

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

    /// <summary>Applies a full replacement (range null) or a ranged edit; ranges out of bounds are clamped.</summary>
    public void Change(string uri, int version, IEnumerable<(Protocol.LspRange? Range, string Text)> changes)
    {
        lock (_gate)
        {
            if (!_open.TryGetValue(uri, out var document))
            {
                return;
            }

            var text = document.Text;

            // The cached tree of this text, if any, is updated edit by edit: only the edited declaration is re-parsed.
            var tree = _trees.TryGetValue(document.Path, out var cachedTree) && string.Equals(cachedTree.Text, text, StringComparison.Ordinal) ? cachedTree.Tree : null;
            foreach (var (range, newText) in changes)
            {
                if (range is null)
                {
                    // A full-text-sync client: the edit is what lies between the common prefix and suffix, re-parsed as a ranged edit.
                    if (tree is not null)
                    {
                        var (span, inserted) = Difference(text, newText);
                        tree = tree.WithChange(span, inserted);
                        tree = tree.Text.Length == newText.Length ? tree : null;
                    }

                    text = newText;
                    continue;
                }

                var source = tree?.Text ?? SourceText.From(text);
                var start = source.GetPosition(new LinePosition(range.Start.Line, range.Start.Character));
                var end = Math.Max(start, source.GetPosition(new LinePosition(range.End.Line, range.End.Character)));
                tree = tree?.WithChange(TextSpan.FromBounds(start, end), newText);
                text = tree?.Text.Text ?? string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
            }

            if (tree is not null)
            {
                _trees[document.Path] = (text, tree);
            }

            _open[uri] = document with { Text = text, Version = version };
        }
    }

    /// <summary>The span of <paramref name="before"/> that differs from <paramref name="after"/> and the text that replaces it (common prefix and suffix removed).</summary>
    internal static (TextSpan Span, string Inserted) Difference(string before, string after)
    {
        var prefix = before.AsSpan().CommonPrefixLength(after);
        var limit = Math.Min(before.Length, after.Length) - prefix;
        var suffix = 0;
        while (suffix < limit && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        return (TextSpan.FromBounds(prefix, before.Length - suffix), after.Substring(prefix, after.Length - suffix - prefix));
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
            var text = _open.Values.FirstOrDefault(o => o.Path == path)?.Text ?? ReadDisk(path);
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

        var tree = SyntaxTree.Parse(SourceText.From(text, path));
        _trees[path] = (text, tree);
        return tree;
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
