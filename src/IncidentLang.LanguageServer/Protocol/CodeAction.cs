using System.Collections.Immutable;

namespace IncidentLang.LanguageServer.Protocol;

/// <summary>A quick fix.</summary>
public sealed record CodeAction(string Title, string Kind, WorkspaceEdit Edit)
{
    public ImmutableArray<LspDiagnostic>? Diagnostics { get; init; }
    public bool? IsPreferred { get; init; }
}
