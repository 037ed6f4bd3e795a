using System.Collections.Immutable;

namespace IncidentLang.LanguageServer.Protocol;

/// <summary>The code action kinds offered.</summary>
public sealed record CodeActionOptions(ImmutableArray<string> CodeActionKinds);
