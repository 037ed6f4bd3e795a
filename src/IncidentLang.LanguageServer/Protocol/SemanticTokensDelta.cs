using System.Collections.Immutable;

namespace IncidentLang.LanguageServer.Protocol;

/// <summary>The answer to <c>semanticTokens/full/delta</c>: the edits that turn the previous result's data into this one's.</summary>
public sealed record SemanticTokensDelta(string ResultId, ImmutableArray<SemanticTokensEdit> Edits);
