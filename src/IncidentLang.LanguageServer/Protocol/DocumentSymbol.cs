using System.Collections.Immutable;

namespace IncidentLang.LanguageServer.Protocol;

/// <summary>One entry of the hierarchical outline.</summary>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, LspRange Range, LspRange SelectionRange, ImmutableArray<DocumentSymbol> Children);
