using System.Collections.Immutable;

namespace IncidentLang.LanguageServer.Protocol;

/// <summary>Replaces <see cref="DeleteCount"/> integers of the previous result's data at <see cref="Start"/> with <see cref="Data"/>.</summary>
public sealed record SemanticTokensEdit(int Start, int DeleteCount, ImmutableArray<int> Data);
