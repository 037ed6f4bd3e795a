using System.Collections.Immutable;

namespace IncidentLang.LanguageServer.Protocol;

/// <summary>Completion trigger characters.</summary>
public sealed record CompletionOptions(ImmutableArray<string> TriggerCharacters);
