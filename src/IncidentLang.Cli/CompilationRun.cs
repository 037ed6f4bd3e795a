using System.Collections.Immutable;
using IncidentLang.Diagnostics;
using IncidentLang.Projects;

namespace IncidentLang.Cli;

/// <summary>What <c>build</c> and <c>check</c> share: load the files and projects, compile, collect every diagnostic.</summary>
internal sealed class CompilationRun
{
    private CompilationRun(Compilation compilation, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<string> unreadable, int fileCount)
    {
        Compilation = compilation;
        Diagnostics = diagnostics;
        UnreadablePaths = unreadable;
        FileCount = fileCount;
    }

    public Compilation Compilation { get; }

    /// <summary>Configuration and compilation diagnostics, sorted by path then position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public ImmutableArray<string> UnreadablePaths { get; }

    public int FileCount { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Null when <paramref name="configPath"/> does not exist (bad usage).</summary>
    public static CompilationRun? Start(IEnumerable<string> paths, string? configPath, DateOnly? today, TextWriter stderr)
    {
        if (configPath is not null && !File.Exists(configPath))
        {
            stderr.WriteLine($"inc: the configuration file '{configPath}' does not exist.");
            return null;
        }

        var loaded = new ProjectLoader(configPath).Load(paths);
        foreach (var path in loaded.UnreadablePaths)
        {
            stderr.WriteLine($"inc: cannot read '{path}': no such file or folder.");
        }

        var compilation = Compilation.Create(loaded.Trees, new CompilationOptions { Today = today, RulesForFile = path => loaded.ConfigurationOf(path)?.Rules });
        var diagnostics = loaded.ConfigurationDiagnostics.AddRange(compilation.GetDiagnostics()).Sort(Diagnostic.Compare);
        return new CompilationRun(compilation, diagnostics, loaded.UnreadablePaths, loaded.Trees.Length);
    }
}
