using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentLang.LanguageServer;
using IncidentLang.LanguageServer.JsonRpc;

namespace IncidentLang.Tests.LanguageServer;

/// <summary>
/// A test LSP client talking to an in-process server over in-memory streams. Documents are
/// written with <c>$$</c> marking the cursor (Roslyn/Bicep style).
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    private readonly InMemoryStream _toServer = new();
    private readonly InMemoryStream _fromServer = new();
    private readonly MessageWriter _writer;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly ConcurrentQueue<JsonObject> _notifications = new();
    private readonly SemaphoreSlim _notified = new(0);
    private readonly Task<int> _server;
    private readonly Task _reader;
    private int _nextId;

    public LspTestClient(Action<string>? beforeRequest = null)
    {
        _writer = new MessageWriter(_toServer);
        var server = new IncidentLanguageServer(_toServer, _fromServer, TextWriter.Null) { DiagnosticsDelay = TimeSpan.Zero, BeforeRequest = beforeRequest };
        _server = server.RunAsync();
        _reader = Task.Run(ReadLoopAsync);
    }

    public static async Task<LspTestClient> StartAsync(string? rootPath = null, Action<string>? beforeRequest = null)
    {
        var client = new LspTestClient(beforeRequest);
        var root = rootPath is null ? null : new Uri(rootPath).AbsoluteUri;
        await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = null,
            ["rootUri"] = root,
            ["workspaceFolders"] = root is null ? null : new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "test" }),
            ["capabilities"] = new JsonObject(),
            ["initializationOptions"] = new JsonObject { ["today"] = "2026-01-15" },
        });
        await client.NotifyAsync("initialized", new JsonObject());
        return client;
    }

    private async Task ReadLoopAsync()
    {
        var reader = new MessageReader(_fromServer);
        while (await reader.ReadAsync(CancellationToken.None) is { } message)
        {
            var json = JsonNode.Parse(message)!.AsObject();
            if (json.TryGetPropertyValue("id", out var id) && id is JsonValue value && value.TryGetValue<int>(out var number) && !json.ContainsKey("method") && _pending.TryRemove(number, out var waiter))
            {
                waiter.SetResult(json);
            }
            else
            {
                // Notifications, and error answers with a null id (e.g. to malformed JSON).
                _notifications.Enqueue(json);
                _notified.Release();
            }
        }
    }

    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var waiter = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = waiter;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await waiter.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }

    /// <summary>The <c>result</c> of a request (throws if the server answered an error).</summary>
    public async Task<JsonNode?> ResultAsync(string method, JsonNode? parameters)
    {
        var response = await RequestAsync(method, parameters);
        Assert.False(response.ContainsKey("error"), response.ToJsonString());
        return response["result"];
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public Task SendAsync(JsonObject message) => _writer.WriteAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));

    public Task SendRawAsync(string body) => _writer.WriteAsync(Encoding.UTF8.GetBytes(body));

    /// <summary>Writes bytes to the server as they are, without a header (for framing errors).</summary>
    public async Task SendBytesAsync(string bytes) => await _toServer.WriteAsync(Encoding.UTF8.GetBytes(bytes));

    /// <summary>The next publishDiagnostics for a URI (and version, if given).</summary>
    public async Task<JsonArray> DiagnosticsAsync(string uri, int? version = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var skipped = new List<JsonObject>();
        try
        {
            while (DateTime.UtcNow < deadline)
            {
                if (_notifications.TryDequeue(out var message))
                {
                    if (message["method"]?.GetValue<string>() == "textDocument/publishDiagnostics"
                        && message["params"]!["uri"]!.GetValue<string>() == uri
                        && (version is null || message["params"]!["version"]?.GetValue<int>() == version))
                    {
                        return message["params"]!["diagnostics"]!.AsArray();
                    }

                    skipped.Add(message);
                    continue;
                }

                await _notified.WaitAsync(TimeSpan.FromMilliseconds(100));
            }
        }
        finally
        {
            foreach (var message in skipped.Where(m => m["method"]?.GetValue<string>() != "textDocument/publishDiagnostics" || m["params"]!["uri"]!.GetValue<string>() != uri))
            {
                _notifications.Enqueue(message);
            }
        }

        throw new TimeoutException("No diagnostics for " + uri);
    }

    /// <summary>The next message that is not a diagnostics notification (e.g. an error answer with id null).</summary>
    public async Task<JsonObject> NextOtherMessageAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_notifications.TryDequeue(out var message))
            {
                if (message["method"]?.GetValue<string>() != "textDocument/publishDiagnostics")
                {
                    return message;
                }

                continue;
            }

            await _notified.WaitAsync(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException("No message");
    }

    /// <summary>Opens a document written with a <c>$$</c> cursor; returns the cursor's LSP position.</summary>
    public async Task<JsonObject?> OpenAsync(string uri, string marked, int version = 1)
    {
        var cursor = marked.IndexOf("$$", StringComparison.Ordinal);
        var text = marked.Replace("$$", string.Empty, StringComparison.Ordinal);
        await NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "incidentlang", ["version"] = version, ["text"] = text },
        });
        return cursor < 0 ? null : PositionOf(text, cursor);
    }

    public static JsonObject PositionOf(string text, int offset)
    {
        var line = text[..offset].Count(c => c == '\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
        {
            lineStart = 0;
        }

        return new JsonObject { ["line"] = line, ["character"] = offset - lineStart };
    }

    public static JsonObject At(string uri, JsonObject position) =>
        new() { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = position.DeepClone() };

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RequestAsync("shutdown", null);
            await NotifyAsync("exit", null);
            Assert.Equal(0, await _server.WaitAsync(TimeSpan.FromSeconds(10)));
        }
        finally
        {
            _toServer.Complete();
            _fromServer.Complete();
            await _reader.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
