using System.Collections.Immutable;

namespace IncidentLang.LanguageServer.Protocol;

/// <summary><c>textDocument/publishDiagnostics</c>.</summary>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, ImmutableArray<LspDiagnostic> Diagnostics);
