namespace IncidentLang.LanguageServer.JsonRpc;

/// <summary>What the reader passes to the message loop: a message's body, or a framing error to answer with ParseError.</summary>
internal readonly record struct IncomingMessage(byte[]? Body, string? FramingError);
