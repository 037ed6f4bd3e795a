using System.Collections.Immutable;

namespace IncidentLang.LanguageServer.Protocol;

/// <summary>Relative-encoded semantic tokens (five integers per token).</summary>
public sealed record SemanticTokens(ImmutableArray<int> Data);
