using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace IncidentLang.LanguageServer.Protocol;

/// <summary>Source-generated (AOT-safe) serialization of every protocol type the server sends.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(LspLocation))]
[JsonSerializable(typeof(ImmutableArray<LspLocation>))]
[JsonSerializable(typeof(ImmutableArray<DocumentSymbol>))]
[JsonSerializable(typeof(ImmutableArray<FoldingRange>))]
[JsonSerializable(typeof(ImmutableArray<TextEdit>))]
[JsonSerializable(typeof(ImmutableArray<CodeAction>))]
[JsonSerializable(typeof(SemanticTokens))]
[JsonSerializable(typeof(SemanticTokensDelta))]
[JsonSerializable(typeof(PrepareRenameResult))]
[JsonSerializable(typeof(WorkspaceEdit))]
[JsonSerializable(typeof(ResponseError))]
[JsonSerializable(typeof(string))]
public sealed partial class LspJsonContext : JsonSerializerContext;
