namespace IncidentLang.LanguageServer.JsonRpc;

/// <summary>Thrown by a handler to answer a request with a JSON-RPC error.</summary>
public sealed class RequestException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
