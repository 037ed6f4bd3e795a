using System.Collections.Immutable;

namespace IncidentLang.LanguageServer.Protocol;

/// <summary>The result of <c>textDocument/completion</c>.</summary>
public sealed record CompletionList(bool IsIncomplete, ImmutableArray<CompletionItem> Items);
