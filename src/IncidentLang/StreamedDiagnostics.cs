using System.Collections.Immutable;
using IncidentLang.Diagnostics;

namespace IncidentLang;

/// <summary>The result of <see cref="StreamedCompilation.GetDiagnostics"/>.</summary>
public class StreamedDiagnostics
{
    internal StreamedDiagnostics(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<string> unreadablePaths, int fileCount, int recompiledFileCount)
    {
        Diagnostics = diagnostics;
        UnreadablePaths = unreadablePaths;
        FileCount = fileCount;
        RecompiledFileCount = recompiledFileCount;
    }

    /// <summary>Exactly <see cref="Compilation.GetDiagnostics"/> of a compilation of the files read, sorted by <see cref="Diagnostic.Compare"/>.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The paths for which the parse function returned null, in the order given.</summary>
    public ImmutableArray<string> UnreadablePaths { get; }

    /// <summary>How many files were read and compiled.</summary>
    public int FileCount { get; }

    /// <summary>How many files were compiled a second time together with the others (not self-contained, or found to depend on them).</summary>
    public int RecompiledFileCount { get; }
}
