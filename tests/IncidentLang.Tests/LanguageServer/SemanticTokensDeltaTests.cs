using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IncidentLang.LanguageServer.Handlers;
using Xunit;

namespace IncidentLang.Tests.LanguageServer;

/// <summary>
/// <c>textDocument/semanticTokens/full/delta</c> (docs/editor.md, "Semantic tokens"): the server answers with the edits from the
/// result the client names to the document's tokens now, and in full when it does not hold that result. Applying the edits to the
/// earlier data must give exactly what a full request gives.
/// </summary>
public sealed class SemanticTokensDeltaTests
{
    private const string Uri = "file:///tmp/delta.inc";

    private const string Text = "incident x {\n  title: \"Breach\"\n  reported: 2024-01-01\n  summary: \"s\"\n  source s1 { name: \"Wire\" reliability: B }\n  claim c1 { text: \"t\" sources: [s1] confidence: high }\n}\n";

    [Fact]
    public async Task A_delta_after_an_edit_is_one_edit_that_gives_the_full_tokens()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Text);
        var first = (await client.ResultAsync("textDocument/semanticTokens/full", Document()))!;
        var previous = Data(first["data"]!);
        var previousId = first["resultId"]!.GetValue<string>();

        // "Breach" becomes "Breaches": the string token grows by two characters; nothing else moves on that line.
        var at = Text.IndexOf("Breach", StringComparison.Ordinal) + "Breach".Length;
        await Change(client, 2, at, "es");
        var delta = (await client.ResultAsync("textDocument/semanticTokens/full/delta", Delta(previousId)))!;
        Assert.NotEqual(previousId, delta["resultId"]!.GetValue<string>());
        var edit = Assert.Single(delta["edits"]!.AsArray())!;

        // Tokens: incident, x, title, "Breach" — the fourth token (integers 15–19) is the one whose length changed.
        Assert.Equal(15, edit["start"]!.GetValue<int>());
        Assert.Equal(5, edit["deleteCount"]!.GetValue<int>());
        Assert.Equal([0, 7, 10, 2, 0], Data(edit["data"]!));

        var full = Data((await client.ResultAsync("textDocument/semanticTokens/full", Document()))!["data"]!);
        Assert.Equal(full, Apply(previous, delta["edits"]!.AsArray()));
    }

    [Fact]
    public async Task A_delta_of_an_unchanged_document_has_no_edits_and_chains_from_its_own_id()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Text);
        var first = (await client.ResultAsync("textDocument/semanticTokens/full", Document()))!;
        var delta = (await client.ResultAsync("textDocument/semanticTokens/full/delta", Delta(first["resultId"]!.GetValue<string>())))!;
        Assert.Empty(delta["edits"]!.AsArray());

        // The next delta names the delta's id: the earlier id is no longer the latest, so it gets the tokens in full.
        var next = (await client.ResultAsync("textDocument/semanticTokens/full/delta", Delta(delta["resultId"]!.GetValue<string>())))!;
        Assert.Empty(next["edits"]!.AsArray());
        var stale = (await client.ResultAsync("textDocument/semanticTokens/full/delta", Delta(first["resultId"]!.GetValue<string>())))!;
        Assert.Null(stale["edits"]);
        Assert.Equal(Data(first["data"]!), Data(stale["data"]!));
    }

    [Fact]
    public async Task A_delta_naming_an_unknown_result_or_a_closed_documents_result_is_answered_in_full()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Text);
        var first = (await client.ResultAsync("textDocument/semanticTokens/full", Document()))!;
        var unknown = (await client.ResultAsync("textDocument/semanticTokens/full/delta", Delta("no-such-id")))!;
        Assert.Equal(Data(first["data"]!), Data(unknown["data"]!));

        await client.NotifyAsync("textDocument/didClose", Document());
        await client.OpenAsync(Uri, Text, version: 3);
        var reopened = (await client.ResultAsync("textDocument/semanticTokens/full/delta", Delta(unknown["resultId"]!.GetValue<string>())))!;
        Assert.Null(reopened["edits"]);
        Assert.Equal(Data(first["data"]!), Data(reopened["data"]!));
    }

    [Fact]
    public async Task A_delta_request_without_a_previous_result_id_is_invalid_params()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Text);
        var response = await client.RequestAsync("textDocument/semanticTokens/full/delta", Document());
        Assert.Equal(-32602, response["error"]!["code"]!.GetValue<int>());
        Assert.Contains("previousResultId", response["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new int[0], new int[0], "")]
    [InlineData(new[] { 0, 0, 8, 0, 0 }, new[] { 0, 0, 8, 0, 0 }, "")]
    [InlineData(new[] { 0, 0, 8, 0, 0, 0, 9, 1, 9, 1 }, new[] { 0, 0, 8, 0, 0, 0, 9, 2, 9, 1 }, "5 5 [0,9,2,9,1]")]
    [InlineData(new[] { 0, 0, 8, 0, 0, 0, 9, 1, 9, 1 }, new[] { 0, 0, 8, 0, 0 }, "5 5 []")]
    [InlineData(new[] { 0, 0, 8, 0, 0 }, new[] { 0, 0, 8, 0, 0, 1, 2, 3, 4, 0 }, "5 0 [1,2,3,4,0]")]
    [InlineData(new[] { 0, 0, 8, 0, 0, 1, 0, 3, 1, 0 }, new[] { 1, 0, 3, 1, 0 }, "0 5 []")]
    // Equal integers that do not make a whole token are not kept: the edit starts and ends on token boundaries.
    [InlineData(new[] { 0, 0, 8, 0, 0, 1, 0, 3, 1, 0 }, new[] { 0, 0, 8, 0, 0, 1, 0, 4, 1, 0 }, "5 5 [1,0,4,1,0]")]
    [InlineData(new[] { 0, 0, 8, 0, 0 }, new[] { 0, 0, 8, 0, 1 }, "0 5 [0,0,8,0,1]")]
    public void Edits_replace_whole_tokens_between_the_common_prefix_and_suffix(int[] before, int[] after, string expected)
    {
        var edits = SemanticTokensHandler.Edits([.. before], [.. after]);
        Assert.Equal(expected, string.Join("; ", edits.Select(e => $"{e.Start} {e.DeleteCount} [{string.Join(",", e.Data)}]")));
        Assert.Equal(after, Apply(before, edits));
    }

    private static JsonObject Document() => new() { ["textDocument"] = new JsonObject { ["uri"] = Uri } };

    private static JsonObject Delta(string previousResultId) =>
        new() { ["textDocument"] = new JsonObject { ["uri"] = Uri }, ["previousResultId"] = previousResultId };

    private static Task Change(LspTestClient client, int version, int offset, string inserted) =>
        client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject { ["start"] = LspTestClient.PositionOf(Text, offset), ["end"] = LspTestClient.PositionOf(Text, offset) },
                ["text"] = inserted,
            }),
        });

    private static int[] Data(JsonNode node) => [.. node.AsArray().Select(n => n!.GetValue<int>())];

    private static int[] Apply(int[] data, JsonArray edits) =>
        Apply(data, [.. edits.Select(e => new IncidentLang.LanguageServer.Protocol.SemanticTokensEdit(e!["start"]!.GetValue<int>(), e["deleteCount"]!.GetValue<int>(), [.. Data(e["data"]!)]))]);

    /// <summary>Applies edits as the protocol says a client does: each at its start in the earlier data, from the last to the first.</summary>
    private static int[] Apply(int[] data, ImmutableArray<IncidentLang.LanguageServer.Protocol.SemanticTokensEdit> edits)
    {
        var result = data.ToList();
        foreach (var edit in edits.OrderByDescending(e => e.Start))
        {
            result.RemoveRange(edit.Start, edit.DeleteCount);
            result.InsertRange(edit.Start, edit.Data);
        }

        return [.. result];
    }
}
