using System.Collections.Immutable;

namespace IncidentLang.LanguageServer.Protocol;

/// <summary>Relative-encoded semantic tokens (five integers per token), with the id a later delta request names them by.</summary>
public sealed record SemanticTokens(ImmutableArray<int> Data)
{
    public string? ResultId { get; init; }
}
