using System.Text.Json.Nodes;

namespace IncidentLang.Tests.LanguageServer;

/// <summary>
/// Malformed messages get JSON-RPC errors with the codes of the specification, and the server goes on
/// serving (docs/reliability.md, "Malformed messages"). Each case is followed by a request that must be
/// answered normally.
/// </summary>
public sealed class JsonRpcErrorTests
{
    private const string Uri = "file:///work/jsonrpc.inc";
    private const string Text = "source s {\n  name: \"S\"\n  kind: press\n}\n";

    private static async Task<LspTestClient> StartWithDocumentAsync(Action<string>? beforeRequest = null)
    {
        var client = await LspTestClient.StartAsync(beforeRequest: beforeRequest);
        await client.OpenAsync(Uri, Text);
        await client.DiagnosticsAsync(Uri, 1);
        return client;
    }

    /// <summary>A request that must still get its normal answer: the symbols of the document.</summary>
    private static async Task AssertStillServingAsync(LspTestClient client)
    {
        var symbols = await client.ResultAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });
        Assert.Equal("s", symbols!.AsArray().Single()!["name"]!.GetValue<string>());
    }

    /// <summary>An error response: the code, a message, and the id (its JSON text; null when the id is null).</summary>
    private static void AssertError(JsonObject message, int code, string? id)
    {
        Assert.Equal(code, message["error"]!["code"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(message["error"]!["message"]!.GetValue<string>()));
        Assert.Equal(id ?? "null", message["id"]?.ToJsonString() ?? "null");
        Assert.Equal("2.0", message["jsonrpc"]!.GetValue<string>());
        Assert.False(message.ContainsKey("result"));
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": \"textDocument/hover\", \"params\": {")]
    [InlineData("")]
    [InlineData("\u00ff\u00fe")]
    public async Task Invalid_JSON_is_ParseError_with_id_null(string body)
    {
        await using var client = await StartWithDocumentAsync();
        await client.SendRawAsync(body);
        AssertError(await client.NextOtherMessageAsync(), -32700, null);
        await AssertStillServingAsync(client);
    }

    [Theory]
    [InlineData("[1, 2]", null)]
    [InlineData("[]", null)]
    [InlineData("42", null)]
    [InlineData("\"hover\"", null)]
    [InlineData("null", null)]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": 1}", 7)]
    [InlineData("{\"jsonrpc\": \"2.0\", \"method\": 1, \"params\": \"bar\"}", null)]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": {\"a\": 1}, \"method\": \"textDocument/hover\"}", null)]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": true, \"method\": \"shutdown\"}", null)]
    [InlineData("{\"id\": 8, \"method\": \"textDocument/documentSymbol\"}", 8)]
    [InlineData("{\"jsonrpc\": \"1.0\", \"id\": \"v1\", \"method\": \"textDocument/documentSymbol\"}", "v1")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 9}", 9)]
    [InlineData("{\"jsonrpc\": \"2.0\"}", null)]
    public async Task A_message_that_is_not_a_request_object_is_InvalidRequest(string body, object? id)
    {
        await using var client = await StartWithDocumentAsync();
        await client.SendRawAsync(body);
        AssertError(await client.NextOtherMessageAsync(), -32600, id switch { null => null, string text => $"\"{text}\"", _ => id.ToString() });
        await AssertStillServingAsync(client);
    }

    [Fact]
    public async Task An_unknown_request_is_MethodNotFound_and_an_unknown_notification_is_ignored()
    {
        await using var client = await StartWithDocumentAsync();
        var unknown = await client.RequestAsync("textDocument/teleport", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });
        AssertError(unknown, -32601, unknown["id"]!.ToJsonString());
        Assert.Contains("textDocument/teleport", unknown["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        // Notifications get no answer: the next message the server writes is the answer to the invalid JSON after them.
        await client.NotifyAsync("incidentlang/noSuchNotification", new JsonObject { ["x"] = 1 });
        await client.NotifyAsync("$/noSuchNotification", null);
        await client.SendRawAsync("{");
        AssertError(await client.NextOtherMessageAsync(), -32700, null);
        await AssertStillServingAsync(client);
    }

    [Fact]
    public async Task A_response_sent_to_the_server_gets_no_answer()
    {
        await using var client = await StartWithDocumentAsync();
        await client.SendRawAsync("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": null}");
        await client.SendRawAsync("{\"jsonrpc\": \"2.0\", \"id\": 2, \"error\": {\"code\": -32601, \"message\": \"no\"}}");
        await client.SendRawAsync("{");
        AssertError(await client.NextOtherMessageAsync(), -32700, null);
        await AssertStillServingAsync(client);
    }

    [Theory]
    [InlineData("textDocument/hover", "{\"textDocument\": {\"uri\": \"" + Uri + "\"}}")]
    [InlineData("textDocument/hover", "{\"textDocument\": {\"uri\": \"" + Uri + "\"}, \"position\": {\"line\": \"one\", \"character\": 0}}")]
    [InlineData("textDocument/hover", "{\"textDocument\": {\"uri\": \"" + Uri + "\"}, \"position\": {\"line\": -1, \"character\": 0}}")]
    [InlineData("textDocument/hover", "{\"textDocument\": {\"uri\": \"" + Uri + "\"}, \"position\": {\"line\": 1.5, \"character\": 0}}")]
    [InlineData("textDocument/hover", "{\"textDocument\": {\"uri\": \"" + Uri + "\"}, \"position\": [0, 0]}")]
    [InlineData("textDocument/hover", "{\"position\": {\"line\": 0, \"character\": 0}}")]
    [InlineData("textDocument/hover", "{\"textDocument\": {\"uri\": 42}, \"position\": {\"line\": 0, \"character\": 0}}")]
    [InlineData("textDocument/hover", "\"bar\"")]
    [InlineData("textDocument/documentSymbol", "{}")]
    [InlineData("textDocument/documentSymbol", "[]")]
    [InlineData("textDocument/completion", "{\"textDocument\": {\"uri\": \"" + Uri + "\"}, \"position\": {\"line\": 0}}")]
    [InlineData("textDocument/rename", "{\"textDocument\": {\"uri\": \"" + Uri + "\"}, \"position\": {\"line\": 0, \"character\": 7}}")]
    [InlineData("textDocument/rename", "{\"textDocument\": {\"uri\": \"" + Uri + "\"}, \"position\": {\"line\": 0, \"character\": 7}, \"newName\": 5}")]
    [InlineData("textDocument/rename", "{\"textDocument\": {\"uri\": \"" + Uri + "\"}, \"position\": {\"line\": 0, \"character\": 7}, \"newName\": \"not valid\"}")]
    [InlineData("textDocument/codeAction", "{\"textDocument\": {\"uri\": \"" + Uri + "\"}, \"context\": {\"diagnostics\": []}}")]
    [InlineData("textDocument/codeAction", "{\"textDocument\": {\"uri\": \"" + Uri + "\"}, \"range\": {\"start\": {\"line\": 0, \"character\": 0}}}")]
    public async Task A_request_with_invalid_params_is_InvalidParams(string method, string parameters)
    {
        await using var client = await StartWithDocumentAsync();
        var response = await client.RequestAsync(method, JsonNode.Parse(parameters));
        AssertError(response, -32602, response["id"]!.ToJsonString());
        await AssertStillServingAsync(client);
    }

    [Fact]
    public async Task A_notification_with_invalid_params_is_ignored_and_leaves_the_document_as_it_was()
    {
        await using var client = await StartWithDocumentAsync();
        // The second change has a range without an end: neither change is applied.
        await client.NotifyAsync("textDocument/didChange", JsonNode.Parse($$$"""
            {"textDocument": {"uri": "{{{Uri}}}", "version": 2}, "contentChanges": [
              {"range": {"start": {"line": 0, "character": 7}, "end": {"line": 0, "character": 8}}, "text": "t"},
              {"range": {"start": {"line": 0, "character": 0}}, "text": "x"}]}
            """));
        await client.NotifyAsync("textDocument/didOpen", JsonNode.Parse("""{"textDocument": {"uri": "file:///work/other.inc", "version": 1}}"""));
        await AssertStillServingAsync(client);

        // A valid change after them applies to the text as it was.
        await client.NotifyAsync("textDocument/didChange", JsonNode.Parse($$$"""
            {"textDocument": {"uri": "{{{Uri}}}", "version": 3}, "contentChanges": [
              {"range": {"start": {"line": 0, "character": 7}, "end": {"line": 0, "character": 8}}, "text": "u"}]}
            """));
        Assert.Empty(await client.DiagnosticsAsync(Uri, 3));
        var symbols = await client.ResultAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });
        Assert.Equal("u", symbols!.AsArray().Single()!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_request_whose_handler_throws_is_InternalError_with_its_message_and_the_server_keeps_serving()
    {
        var failures = 0;
        await using var client = await StartWithDocumentAsync(method =>
        {
            if (method == "textDocument/hover" && failures++ < 2)
            {
                throw new InvalidOperationException("the hover handler broke");
            }
        });
        var at = LspTestClient.At(Uri, new JsonObject { ["line"] = 0, ["character"] = 7 });
        for (var i = 0; i < 2; i++)
        {
            var failed = await client.RequestAsync("textDocument/hover", at.DeepClone());
            AssertError(failed, -32603, failed["id"]!.ToJsonString());
            Assert.Equal("textDocument/hover failed: the hover handler broke", failed["error"]!["message"]!.GetValue<string>());
        }

        await AssertStillServingAsync(client);
        var hover = await client.ResultAsync("textDocument/hover", at);
        Assert.Contains("S", hover!["contents"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": \"shutdown\"}")]
    [InlineData("Content-Length: twelve\r\n\r\n{\"jsonrpc\": \"2.0\"}")]
    [InlineData("Content-Length: -5\r\n\r\n{}")]
    [InlineData("Content-Length: 99999999999\r\n\r\n{}")]
    [InlineData("Content-Length: 268435457\r\n\r\n{}")]
    [InlineData("garbage that is not a header\r\n")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": \"shutdown\"}")]
    public async Task A_bad_header_is_ParseError_and_the_next_message_is_read(string bytes)
    {
        await using var client = await StartWithDocumentAsync();
        await client.SendBytesAsync(bytes);
        // A line that is not a header ends only when the next message arrives: send it at once.
        var serving = AssertStillServingAsync(client);
        AssertError(await client.NextOtherMessageAsync(), -32700, null);
        await serving;
        await AssertStillServingAsync(client);
    }

    [Fact]
    public async Task A_Content_Length_shorter_than_the_body_costs_that_message_only()
    {
        await using var client = await StartWithDocumentAsync();
        await client.SendBytesAsync("Content-Length: 10\r\n\r\n{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": \"shutdown\"}");
        AssertError(await client.NextOtherMessageAsync(), -32700, null);
        await AssertStillServingAsync(client);
        await AssertStillServingAsync(client);
    }
}
