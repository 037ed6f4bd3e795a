using System.Collections.Immutable;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang;

/// <summary>
/// What <see cref="StreamedCompilation"/> keeps of one file after compiling it alone: its top-level names, what its binding read
/// of the top level, and either its diagnostics (a self-contained file, whose tree is dropped) or its tree (any other file).
/// </summary>
internal sealed class StreamedFileSummary
{
    public StreamedFileSummary(string path, ImmutableArray<(string Name, DeclarationKind Kind)> topLevel, ImmutableArray<string> topLevelLookups)
    {
        Path = path;
        TopLevel = topLevel;
        TopLevelLookups = topLevelLookups;
    }

    public string Path { get; }

    /// <summary>The file's named top-level declarations (incidents and catalog declarations), in source order; empty when it was only parsed.</summary>
    public ImmutableArray<(string Name, DeclarationKind Kind)> TopLevel { get; }

    /// <summary>The names its references looked up among the top-level declarations; default when the file was only parsed (any name).</summary>
    public ImmutableArray<string> TopLevelLookups { get; }

    /// <summary>
    /// Set for a self-contained file: its diagnostics compiled alone, which are those of the whole compilation unless the
    /// end-of-run checks find otherwise (<see cref="StreamedCompilation"/>).
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>Hash codes (ordinal) of the names of its incidents' members, for INC1015 against other files' catalog declarations.</summary>
    public int[] MemberNameHashes { get; init; } = [];

    /// <summary>Length and hash code of its text, to tell whether a second reading returns the same text.</summary>
    public (int Length, int Hash) TextIdentity { get; init; }

    /// <summary>For a self-contained file, what the host's visitor returned for it compiled alone.</summary>
    public object? Result { get; init; }

    /// <summary>Set for a file that is not self-contained: it is compiled again with the others.</summary>
    public SyntaxTree? Tree { get; init; }

    public bool IsSelfContained => Tree is null;
}
