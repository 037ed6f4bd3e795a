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
    private CompilationRun(ProjectLoader.Result loaded, Compilation compilation)
    {
        Loaded = loaded;
        Compilation = compilation;
        Diagnostics = loaded.ConfigurationDiagnostics.AddRange(compilation.GetDiagnostics()).Sort(Diagnostic.Compare);
    }

    /// <summary>The files and projects as loaded (display paths, catalog-only files, configurations).</summary>
    public ProjectLoader.Result Loaded { get; }

    public Compilation Compilation { get; }

    /// <summary>Configuration and compilation diagnostics, sorted by path then position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public ImmutableArray<string> UnreadablePaths => Loaded.UnreadablePaths;

    public int FileCount => Loaded.Trees.Length;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// Null when <paramref name="configPath"/> does not exist (bad usage). Files are read and parsed
    /// <paramref name="jobs"/> at a time; the compilation is bound and analysed before this returns.
    /// </summary>
    public static CompilationRun? Start(IEnumerable<string> paths, string? configPath, DateOnly? today, TextWriter stderr, int jobs = 1, ProgressLine? progress = null)
    {
        if (configPath is not null && !File.Exists(configPath))
        {
            stderr.WriteLine($"inc: the configuration file '{configPath}' does not exist.");
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
        if (!loaded.UnreadablePaths.IsEmpty)
        {
            progress.Dispose(); // the messages start on a line of their own
        }

        foreach (var path in loaded.UnreadablePaths)
        {
            stderr.WriteLine($"inc: cannot read '{path}': no such file or folder.");
        }

        progress.Start("checking", -1, string.Create(CultureInfo.InvariantCulture, $"{loaded.Trees.Length:N0} files"));
        var compilation = Compilation.Create(loaded.Trees, new CompilationOptions { Today = today, RulesForFile = path => loaded.ConfigurationOf(path)?.Rules, MaxDegreeOfParallelism = jobs });
        return new CompilationRun(loaded, compilation);
    }

    /// <summary>The same files and options compiled again, with some files' texts replaced (by display path), in memory.</summary>
    public CompilationRun WithTexts(IReadOnlyDictionary<string, SourceText> texts)
    {
        var trees = Loaded.Trees.Select(t => texts.TryGetValue(t.FilePath, out var text) ? SyntaxTree.Parse(text) : t).ToImmutableArray();
        return new CompilationRun(Loaded with { Trees = trees }, Compilation.Create(trees, Compilation.Options));
    }
}
