using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentLang.LanguageServer.JsonRpc;
using IncidentLang.LanguageServer.Workspace;
using Xunit;

namespace IncidentLang.Tests.LanguageServer;

/// <summary>
/// A full-text-sync client sends the whole document on every change (docs/performance.md, "Language server end to end"): the frame is
/// read into a pooled buffer, its text decoded into pooled characters, and only what differs from the old text becomes a new string.
/// Every step must give exactly what the plain path (a new array, <see cref="JsonElement.GetString"/>, the new text) gives.
/// </summary>
public sealed class LanguageServerFullTextTests
{
    private const string Uri = "file:///tmp/fulltext.inc";

    /// <summary>Text with every kind of character a JSON encoder escapes or writes as multi-byte UTF-8 (2, 3 and 4 bytes).</summary>
    private static string Mixed(int lines) =>
        string.Concat(Enumerable.Range(0, lines).Select(i => $"line {i}: \"quoted\" back\\slash\ttab é ü € 😀𝄞 \u0001\b\f </script>\r\n"));

    /// <summary>A JSON string literal as JSON.stringify writes it: quotes, backslashes and control characters escaped, the rest raw UTF-8.</summary>
    private static string JsonLiteral(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static byte[] Frame(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"), .. bytes];
    }

    [Theory]
    [InlineData(new[] { 1 })]
    [InlineData(new[] { 3, 7, 5 })]
    [InlineData(new[] { 65535, 65537, 2 })]
    [InlineData(new[] { 65536 })]
    [InlineData(new[] { 1 << 22 })]
    public async Task A_body_larger_than_the_read_buffer_arrives_whole_however_the_stream_splits_it(int[] chunks)
    {
        // ≈ 370 KB of JSON whose 4-byte characters fall across every kind of read boundary, then a small message right after it.
        var text = Mixed(5000);
        var large = $"{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{{\"text\":{JsonLiteral(text)}}}}}";
        const string Small = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}";
        var stream = new ChunkedReadStream([.. Frame(large), .. Frame(Small)], chunks);
        var reader = new MessageReader(stream);

        using (var first = await reader.ReadBodyAsync(CancellationToken.None))
        {
            Assert.NotNull(first);
            Assert.Equal(Encoding.UTF8.GetBytes(large), first.Memory.ToArray());
            using var document = JsonDocument.Parse(first.Memory);
            using var decoded = DecodedString.Decode(document.RootElement.GetProperty("params").GetProperty("text"));
            Assert.Equal(text, decoded.ToString());
        }

        Assert.Equal(Small, Encoding.UTF8.GetString(Assert.IsType<byte[]>(await reader.ReadAsync(CancellationToken.None))));
        Assert.Null(await reader.ReadBodyAsync(CancellationToken.None));
        if (chunks[0] >= 1 << 22)
        {
            // The part of the body beyond the read buffer is read straight into it: a handful of reads, not one per 64 KB.
            Assert.True(stream.Reads <= 3, $"{stream.Reads} reads");
        }
    }

    [Fact]
    public async Task A_stream_that_ends_inside_a_large_body_is_the_end_of_the_messages()
    {
        var frame = Frame($"{{\"text\":{JsonLiteral(Mixed(3000))}}}");
        var reader = new MessageReader(new ChunkedReadStream(frame[..^10], 4096, 100_000));
        Assert.Null(await reader.ReadBodyAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"plain ASCII without escapes\"")]
    [InlineData("\"a\\nb\\r\\nc\\t\\\"d\\\"\\\\e\\/f\\b\\f\"")]
    [InlineData("\"\\u00e9\\u20AC\\ud83d\\ude00 and raw é€😀\"")]
    [InlineData("\"\\ud83d\"")]
    [InlineData("\"\\ude00\\ud83d\"")]
    [InlineData("\"x\\ud83dy\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void A_decoded_string_is_what_GetString_gives_or_fails_as_it_fails(string json)
    {
        using var document = JsonDocument.Parse(json);
        var element = document.RootElement;
        var expected = Record.Exception(() => element.GetString() ?? throw new InvalidOperationException("null"));
        string? actual = null;
        var failure = Record.Exception(() =>
        {
            using var decoded = DecodedString.Decode(element);
            actual = decoded.ToString();
        });

        Assert.Equal(expected?.GetType(), failure?.GetType());
        if (expected is null)
        {
            Assert.Equal(element.GetString(), actual);
        }
    }

    [Theory]
    [InlineData("\"a\\nb\\\"c\\u00e9 é€😀\"", true)]
    [InlineData("\"\\ud83d\\ude00\\u0000\\/\"", true)]
    [InlineData("\"\\ud83d\"", false)]
    [InlineData("\"\\ude00\\ud83d\"", false)]
    [InlineData("\"x\\ud83d\\u0041\"", false)]
    public void The_one_pass_unescaping_takes_the_common_case_and_leaves_the_rest_to_System_Text_Json(string json, bool common)
    {
        using var document = JsonDocument.Parse(json);
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(document.RootElement);
        var characters = new char[raw.Length];
        var written = DecodedString.TryUnescape(raw[1..^1], characters);
        Assert.Equal(common, written >= 0);
        if (common)
        {
            Assert.Equal(document.RootElement.GetString(), new string(characters, 0, written));
        }
    }

    [Fact]
    public void A_huge_escaped_string_decodes_to_GetString()
    {
        using var document = JsonDocument.Parse(JsonLiteral(Mixed(20_000)) + " ");
        using var decoded = DecodedString.Decode(document.RootElement);
        Assert.Equal(document.RootElement.GetString(), decoded.ToString());

        // In one pass, not through the fallback.
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(document.RootElement);
        Assert.Equal(decoded.Length, DecodedString.TryUnescape(raw[1..^1], new char[raw.Length]));
    }

    [Theory]
    [InlineData("abcdef", "abXdef")]
    [InlineData("abcdef", "abcdef")]
    [InlineData("aaaa", "aaaaa")]
    [InlineData("abc", "")]
    [InlineData("", "xyz")]
    [InlineData("abcabc", "abc")]
    [InlineData("😀😀", "😀x😀")]
    public void A_full_text_is_built_from_the_old_text_and_the_difference(string before, string after)
    {
        var built = ServerWorkspace.Replace(before, after.AsSpan());
        Assert.Equal(after, built);
        if (before == after)
        {
            // Nothing changed: the old string itself, so the cached tree of it is found by reference.
            Assert.Same(before, built);
        }
    }

    [Fact]
    public async Task A_full_text_client_gets_the_diagnostics_of_each_new_text_and_a_ranged_change_after_a_full_one_applies_to_it()
    {
        var clean = "incident fulltext {\n  title: \"Über «quoted» 😀 \\\"x\\\"\"\n  reported: 2025-01-10\n  summary: \"S\\tt\"\n\n"
            + "  source src {\n    name: \"Source é\"\n    kind: press\n    reliability: B\n    url: \"https://example.com\"\n  }\n\n"
            + "  claim c {\n    text: \"😀 text € with a tab\\t.\"\n    confidence: moderate\n    sources: [src]\n  }\n}\n";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, clean);
        Assert.Empty(await client.DiagnosticsAsync(Uri, 1));

        // The whole text again, with "src" → "srcc" in the claim: INC1005 at the span of the new name.
        var broken = clean.Replace("sources: [src]", "sources: [srcc]", StringComparison.Ordinal);
        await ChangeAsync(client, 2, new JsonObject { ["text"] = broken });
        var diagnostic = Assert.Single(await client.DiagnosticsAsync(Uri, 2))!;
        var line = broken.Split('\n').ToList().FindIndex(l => l.Contains("[srcc]", StringComparison.Ordinal));
        Assert.Equal(("INC1005", line, 14), (diagnostic["code"]!.GetValue<string>(), diagnostic["range"]!["start"]!["line"]!.GetValue<int>(), diagnostic["range"]!["start"]!["character"]!.GetValue<int>()));

        // The same text (nothing changed), then a full text with the name fixed and a ranged change after it, in one notification:
        // the range is read against the full text, so the document ends clean.
        await ChangeAsync(client, 3, new JsonObject { ["text"] = broken });
        Assert.Single(await client.DiagnosticsAsync(Uri, 3));
        var renamed = clean.Replace("source src {", "source srcx {", StringComparison.Ordinal);
        var at = renamed.Split('\n').ToList().FindIndex(l => l.Contains("sources: [src]", StringComparison.Ordinal));
        var position = new JsonObject { ["line"] = at, ["character"] = "    sources: [src".Length };
        await ChangeAsync(client, 4, new JsonObject { ["text"] = renamed }, new JsonObject { ["range"] = new JsonObject { ["start"] = position, ["end"] = position.DeepClone() }, ["text"] = "x" });
        Assert.Empty(await client.DiagnosticsAsync(Uri, 4));
    }

    [Fact]
    public async Task A_cancel_read_before_its_request_answers_the_request_with_RequestCancelled()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "incident x {\n  title: \"T\"\n}\n");
        await client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = 1000 });
        await client.SendRawAsync("{\"jsonrpc\":\"2.0\",\"id\":1000,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\"" + Uri + "\"}}}");
        var answer = await client.NextOtherMessageAsync();
        Assert.Equal((1000, -32800), (answer["id"]!.GetValue<int>(), answer["error"]!["code"]!.GetValue<int>()));
    }

    private static Task ChangeAsync(LspTestClient client, int version, params JsonObject[] changes) =>
        client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = version },
            ["contentChanges"] = new JsonArray([.. changes]),
        });
}
