using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using IncidentLang.LanguageServer;
using IncidentLang.LanguageServer.JsonRpc;

namespace IncidentLang.Benchmarks;

/// <summary>
/// Editor latency, measured like an editor sees it: from sending <c>didChange</c> to receiving
/// <c>publishDiagnostics</c> for that version (debounce included), and completion round trips,
/// against an in-process server over in-memory streams.
/// </summary>
public class LanguageServerLatency
{
    private InMemoryStream _toServer = null!;
    private InMemoryStream _fromServer = null!;
    private MessageWriter _writer = null!;
    private MessageReader _reader = null!;
    private Task _server = Task.CompletedTask;
    private int _version = 1;
    private int _id;
    private string _seed = string.Empty;
    private string _large = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _toServer = new InMemoryStream();
        _fromServer = new InMemoryStream();
        _writer = new MessageWriter(_toServer);
        _reader = new MessageReader(_fromServer);
        _server = new IncidentLanguageServer(_toServer, _fromServer, TextWriter.Null).RunAsync();
        _seed = File.ReadAllText(Paths.Example("salt-typhoon.inc"));
        _large = LargeIncident.Generate(2000);
        Request("initialize", new JsonObject { ["capabilities"] = new JsonObject() });
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "initialized", ["params"] = new JsonObject() });
        Open("untitled:seed.inc", _seed);
        Open("untitled:large.inc", _large);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Request("shutdown", null);
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "exit" });
        _server.Wait(TimeSpan.FromSeconds(10));
    }

    [Benchmark]
    public void ChangeToDiagnosticsSeed() => Edit("untitled:seed.inc", _seed);

    [Benchmark]
    public void ChangeToDiagnosticsLarge() => Edit("untitled:large.inc", _large);

    [Benchmark]
    public void CompletionSeed() => Complete("untitled:seed.inc", _seed);

    [Benchmark]
    public void CompletionLarge() => Complete("untitled:large.inc", _large);

    private void Open(string uri, string text)
    {
        Send(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "textDocument/didOpen",
            ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "incidentlang", ["version"] = _version, ["text"] = text } },
        });
        WaitForDiagnostics(uri, _version);
    }

    /// <summary>
    /// Types one character into the text of a claim in the middle of the document, as a user
    /// would, and waits for that version's diagnostics.
    /// </summary>
    private void Edit(string uri, string text)
    {
        var version = ++_version;
        var middle = text.IndexOf("text: \"", text.Length / 2, StringComparison.Ordinal) + "text: \"".Length;
        var line = text[..middle].Count(c => c == '\n');
        var character = middle - (text.LastIndexOf('\n', middle - 1) + 1);
        Send(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "textDocument/didChange",
            ["params"] = new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject
                {
                    ["range"] = new JsonObject { ["start"] = new JsonObject { ["line"] = line, ["character"] = character }, ["end"] = new JsonObject { ["line"] = line, ["character"] = character } },
                    ["text"] = "x",
                }),
            },
        });
        WaitForDiagnostics(uri, version);
    }

    private void Complete(string uri, string text)
    {
        // After "confidence: " of the first claim.
        var offset = text.IndexOf("confidence: ", StringComparison.Ordinal) + "confidence: ".Length;
        var line = text[..offset].Count(c => c == '\n');
        var character = offset - (text.LastIndexOf('\n', offset - 1) + 1);
        Request("textDocument/completion", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        });
    }

    private void Send(JsonObject message) => _writer.WriteAsync(Encoding.UTF8.GetBytes(message.ToJsonString())).GetAwaiter().GetResult();

    private void Request(string method, JsonNode? parameters)
    {
        var id = ++_id;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        while (true)
        {
            var message = JsonNode.Parse(_reader.ReadAsync(CancellationToken.None).GetAwaiter().GetResult()!)!;
            if (message["id"] is { } got && got.GetValueKind() == System.Text.Json.JsonValueKind.Number && got.GetValue<int>() == id)
            {
                return;
            }
        }
    }

    private void WaitForDiagnostics(string uri, int version)
    {
        while (true)
        {
            var message = JsonNode.Parse(_reader.ReadAsync(CancellationToken.None).GetAwaiter().GetResult()!)!;
            if (message["method"]?.GetValue<string>() == "textDocument/publishDiagnostics"
                && message["params"]!["uri"]!.GetValue<string>() == uri
                && message["params"]!["version"]?.GetValue<int>() == version)
            {
                return;
            }
        }
    }
}
