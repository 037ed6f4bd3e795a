using System.Collections.Immutable;
using IncidentLang.Diagnostics;
using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;

namespace IncidentLang.LanguageServer.Handlers;

/// <summary>The diagnostics of one document, as <c>textDocument/publishDiagnostics</c>.</summary>
public static class DiagnosticsHandler
{
    public const string DocsBase = "https://github.com/incidentlang/incidentlang/blob/main/docs/diagnostics.md#";

    public static PublishDiagnosticsParams Publish(DocumentSnapshot snapshot) =>
        new(snapshot.Uri, snapshot.Version, [.. For(snapshot).Select(d => ToLsp(snapshot, d))]);

    public static IEnumerable<Diagnostic> For(DocumentSnapshot snapshot) =>
        snapshot.Compilation.GetDiagnostics().Where(d => d.Location.FilePath == snapshot.Tree.FilePath);

    public static LspDiagnostic ToLsp(DocumentSnapshot snapshot, Diagnostic diagnostic) =>
        new(snapshot.RangeOf(diagnostic.Location.Span), diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => 1,
            DiagnosticSeverity.Warning => 2,
            _ => 3,
        }, diagnostic.Id, "incidentlang", diagnostic.Message)
        {
            CodeDescription = new CodeDescription(DocsBase + diagnostic.Id.ToLowerInvariant()),
        };
}
