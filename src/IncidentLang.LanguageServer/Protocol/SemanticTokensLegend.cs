using System.Collections.Immutable;

namespace IncidentLang.LanguageServer.Protocol;

/// <summary>The token types and modifiers the server's semantic tokens index into.</summary>
public sealed record SemanticTokensLegend(ImmutableArray<string> TokenTypes, ImmutableArray<string> TokenModifiers);
