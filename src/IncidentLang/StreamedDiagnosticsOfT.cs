using System.Collections.Immutable;
using IncidentLang.Diagnostics;

namespace IncidentLang;

/// <summary>The result of <see cref="StreamedCompilation.GetDiagnostics{T}"/>: the diagnostics and the visitor's result for each file.</summary>
public sealed class StreamedDiagnostics<T> : StreamedDiagnostics
{
    internal StreamedDiagnostics(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<string> unreadablePaths, int fileCount, int recompiledFileCount, ImmutableArray<T> fileResults)
        : base(diagnostics, unreadablePaths, fileCount, recompiledFileCount) => FileResults = fileResults;

    /// <summary>The visitor's result for each file read, in order of path (ordinal), from the compilation the file's diagnostics come from.</summary>
    public ImmutableArray<T> FileResults { get; }
}
