using System.Text.Json.Nodes;
using IncidentLang.Tests.Analyzers;
using IncidentLang.Tests.Cli;

namespace IncidentLang.Tests.LanguageServer;

/// <summary>In-process LSP tests: a client and the server over in-memory streams, cursors marked with <c>$$</c>.</summary>
public sealed class LanguageServerTests : AnalyzerTest
{
    private const string Uri = "untitled:test.inc";

    private static string Labels(JsonNode? result) =>
        string.Join(",", result!["items"]!.AsArray().Select(i => i!["label"]!.GetValue<string>()));

    [Fact]
    public async Task Initialize_announces_the_features()
    {
        var client = new LspTestClient();
        var result = await client.ResultAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });
        var capabilities = result!["capabilities"]!;
        Assert.Equal("utf-16", capabilities["positionEncoding"]!.GetValue<string>());
        Assert.Equal(2, capabilities["textDocumentSync"]!["change"]!.GetValue<int>());
        Assert.True(capabilities["renameProvider"]!["prepareProvider"]!.GetValue<bool>());
        Assert.True(capabilities["semanticTokensProvider"]!["full"]!["delta"]!.GetValue<bool>());
        foreach (var name in new[] { "completionProvider", "hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "foldingRangeProvider", "documentFormattingProvider", "semanticTokensProvider", "codeActionProvider" })
        {
            Assert.NotNull(capabilities[name]);
        }

        await client.NotifyAsync("initialized", new JsonObject());
        await client.DisposeAsync();
    }

    [Fact]
    public async Task A_broken_reference_typed_into_a_document_is_INC1005_at_its_span()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Clean);
        Assert.Empty(await client.DiagnosticsAsync(Uri, 1));

        // Type "c" after "src" in "sources: [src]" (line 28, 0-based 27).
        var line = Clean.Split('\n').ToList().FindIndex(l => l.Contains("sources: [src]", StringComparison.Ordinal));
        var character = Clean.Split('\n')[line].IndexOf("src]", StringComparison.Ordinal) + 3;
        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject { ["start"] = new JsonObject { ["line"] = line, ["character"] = character }, ["end"] = new JsonObject { ["line"] = line, ["character"] = character } },
                ["text"] = "c",
            }),
        });
        var diagnostics = await client.DiagnosticsAsync(Uri, 2);
        var errors = diagnostics.Where(d => d!["severity"]!.GetValue<int>() == 1).ToList();
        var diagnostic = Assert.Single(errors)!;
        Assert.Equal("INC1005", diagnostic["code"]!.GetValue<string>());
        Assert.Equal(line, diagnostic["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.Equal(character - 3, diagnostic["range"]!["start"]!["character"]!.GetValue<int>());
        Assert.Equal(character + 1, diagnostic["range"]!["end"]!["character"]!.GetValue<int>());
        Assert.Equal("Undefined reference 'srcc'. Did you mean 'src'?", diagnostic["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Completion_offers_the_properties_not_yet_given()
    {
        await using var client = await LspTestClient.StartAsync();
        var position = await client.OpenAsync(Uri, Edit("    reliability: B\n", "    reliability: B\n    $$\n"));
        var labels = Labels(await client.ResultAsync("textDocument/completion", LspTestClient.At(Uri, position!))).Split(',');
        Assert.Contains("url", labels);
        Assert.Contains("published", labels);
        Assert.DoesNotContain("name", labels);
        Assert.DoesNotContain("reliability", labels);
        Assert.DoesNotContain("claim", labels);
    }

    [Fact]
    public async Task Completion_offers_declaration_keywords_inside_an_incident_and_at_the_top()
    {
        await using var client = await LspTestClient.StartAsync();
        var position = await client.OpenAsync(Uri, Edit("  summary: \"A clean incident.\"\n", "  summary: \"A clean incident.\"\n  $$\n"));
        var labels = Labels(await client.ResultAsync("textDocument/completion", LspTestClient.At(Uri, position!))).Split(',');
        Assert.Contains("claim", labels);
        Assert.Contains("status", labels);
        Assert.DoesNotContain("title", labels);

        await using var top = await LspTestClient.StartAsync();
        var topPosition = await top.OpenAsync(Uri, Clean + "\n$$");
        Assert.Equal("incident,source,actor,target,party,malware,tool,vulnerability,indicator", Labels(await top.ResultAsync("textDocument/completion", LspTestClient.At(Uri, topPosition!))));
    }

    [Theory]
    [InlineData("confidence: moderate", "confidence: $$", "low,moderate,high")]
    [InlineData("    reliability: B", "    reliability: $$", "A,B,C,D,E,F")]
    [InlineData("actors: [act]", "actors: [$$]", "act")]
    [InlineData("sources: [src]", "sources: [$$]", "src")]
    public async Task Completion_offers_vocabulary_values_and_names_of_the_right_kind(string old, string marked, string expected)
    {
        await using var client = await LspTestClient.StartAsync();
        var position = await client.OpenAsync(Uri, Edit(old, marked));
        Assert.Equal(expected, Labels(await client.ResultAsync("textDocument/completion", LspTestClient.At(Uri, position!))));
    }

    [Fact]
    public async Task Completion_offers_only_names_a_reference_written_there_binds_to()
    {
        // A top-level source 'shared' is hidden in the incident by its local actor 'shared': 'sources: [shared]' would be INC1006.
        await using var client = await LspTestClient.StartAsync();
        var text = "source shared {\n  name: \"Shared\"\n  kind: government\n}\n\nsource other {\n  name: \"Other\"\n  kind: press\n}\n\n"
            + Edit("  target tgt {", "  actor shared {\n    name: \"Local\"\n  }\n\n  target tgt {", Edit("sources: [src]", "sources: [src, $$]"));
        var position = await client.OpenAsync(Uri, text);
        Assert.Equal("other", Labels(await client.ResultAsync("textDocument/completion", LspTestClient.At(Uri, position!))));
    }

    [Theory]
    [InlineData("sources: [src, $$]", "src2")] // src is listed already
    [InlineData("sources: [$$, src]", "src2")]
    [InlineData("sources: [sr$$, src2]", "src")] // the word being typed is not "listed"
    [InlineData("sources: [src, src2, $$]", "")]
    public async Task Completion_in_a_list_does_not_offer_what_the_list_names(string marked, string expected)
    {
        await using var client = await LspTestClient.StartAsync();
        var text = Edit("  target tgt {", "  source src2 {\n    name: \"Other\"\n    kind: press\n  }\n\n  target tgt {", Edit("sources: [src]", marked));
        var position = await client.OpenAsync(Uri, text);
        Assert.Equal(expected, Labels(await client.ResultAsync("textDocument/completion", LspTestClient.At(Uri, position!))));
    }

    [Fact]
    public async Task Completion_in_a_techniques_list_does_not_offer_the_techniques_it_names()
    {
        await using var client = await LspTestClient.StartAsync();
        var position = await client.OpenAsync(Uri, Edit("    sources: [src]\n  }", "    sources: [src]\n    techniques: [T1190, $$]\n  }"));
        var labels = Labels(await client.ResultAsync("textDocument/completion", LspTestClient.At(Uri, position!))).Split(',');
        Assert.DoesNotContain("T1190", labels);
        Assert.Contains("T1566", labels);
    }

    [Fact]
    public async Task Completion_offers_country_codes()
    {
        await using var client = await LspTestClient.StartAsync();
        var position = await client.OpenAsync(Uri, Edit("country: RU", "country: $$"));
        var labels = Labels(await client.ResultAsync("textDocument/completion", LspTestClient.At(Uri, position!))).Split(',');
        Assert.Equal(249, labels.Length);
        Assert.Contains("CN", labels);
        Assert.DoesNotContain("UK", labels);
    }

    [Fact]
    public async Task Hover_tells_what_a_name_refers_to_and_what_a_value_means()
    {
        await using var client = await LspTestClient.StartAsync();
        var position = await client.OpenAsync(Uri, Edit("sources: [src]", "sources: [s$$rc]"));
        var hover = await client.ResultAsync("textDocument/hover", LspTestClient.At(Uri, position!));
        Assert.Equal("**source** `src` — Source\n\npress · reliability **B** (Usually reliable)", hover!["contents"]!["value"]!.GetValue<string>());

        await using var second = await LspTestClient.StartAsync();
        var valuePosition = await second.OpenAsync(Uri, Edit("reliability: B", "reliability: $$B"));
        var valueHover = await second.ResultAsync("textDocument/hover", LspTestClient.At(Uri, valuePosition!));
        Assert.StartsWith("**B** — Usually reliable", valueHover!["contents"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_and_completion_know_attack_techniques()
    {
        await using var client = await LspTestClient.StartAsync();
        var position = await client.OpenAsync(Uri, Edit("    sources: [src]\n  }", "    sources: [src]\n    techniques: [T1078.0$$04]\n  }"));
        var hover = await client.ResultAsync("textDocument/hover", LspTestClient.At(Uri, position!));
        Assert.Equal(
            "**T1078.004** Valid Accounts: Cloud Accounts — tactics: Initial Access, Persistence, Privilege Escalation, Defense Evasion\n\nMITRE ATT&CK® Enterprise 18.1",
            hover!["contents"]!["value"]!.GetValue<string>());

        await using var second = await LspTestClient.StartAsync();
        var valuePosition = await second.OpenAsync(Uri, Edit("    sources: [src]\n  }", "    sources: [src]\n    techniques: [$$]\n  }"));
        var labels = Labels(await second.ResultAsync("textDocument/completion", LspTestClient.At(Uri, valuePosition!))).Split(',');
        Assert.Contains("T1190", labels);
        Assert.Contains("T1078.004", labels);
        Assert.DoesNotContain("T1073", labels); // revoked
        Assert.DoesNotContain("G1045", labels); // a group, not a technique
    }

    [Fact]
    public async Task Definition_and_references_follow_the_binder()
    {
        await using var client = await LspTestClient.StartAsync();
        var position = await client.OpenAsync(Uri, Edit("actors: [act]", "actors: [a$$ct]"));
        var definition = await client.ResultAsync("textDocument/definition", LspTestClient.At(Uri, position!));
        var declarationLine = Clean.Split('\n').ToList().FindIndex(l => l.Contains("actor act {", StringComparison.Ordinal));
        Assert.Equal(declarationLine, definition!["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.Equal(8, definition["range"]!["start"]!["character"]!.GetValue<int>());

        var parameters = LspTestClient.At(Uri, position!);
        parameters["context"] = new JsonObject { ["includeDeclaration"] = true };
        var references = (await client.ResultAsync("textDocument/references", parameters))!.AsArray();
        Assert.Equal(2, references.Count);
    }

    [Fact]
    public async Task Rename_changes_the_declaration_and_every_reference_across_files()
    {
        using var folder = new TempFolder();
        folder.Write("incidentlang.json", "{ \"catalogs\": [\"catalog/*.inc\"] }");
        var catalog = folder.Write("catalog/shared.inc", "source shared {\n  name: \"Shared\"\n  kind: government\n}\n");
        var report = folder.Write("report.inc", Edit("sources: [src]", "sources: [src, shared]"));
        await using var client = await LspTestClient.StartAsync(folder.Path);
        var reportUri = new Uri(report).AbsoluteUri;
        var text = File.ReadAllText(report);
        var offset = text.IndexOf("shared]", StringComparison.Ordinal) + 2;
        await client.OpenAsync(reportUri, text);
        Assert.Empty(await client.DiagnosticsAsync(reportUri, 1));

        var at = LspTestClient.At(reportUri, LspTestClient.PositionOf(text, offset));
        var prepare = await client.ResultAsync("textDocument/prepareRename", at.DeepClone());
        Assert.Equal("shared", prepare!["placeholder"]!.GetValue<string>());

        at["newName"] = "agency";
        var edit = await client.ResultAsync("textDocument/rename", at.DeepClone());
        var changes = edit!["changes"]!.AsObject();
        Assert.Equal(2, changes.Count);
        Assert.Single(changes[new Uri(catalog).AbsoluteUri]!.AsArray());
        Assert.Single(changes[reportUri]!.AsArray());

        at["newName"] = "not a name";
        var bad = await client.RequestAsync("textDocument/rename", at.DeepClone());
        Assert.Equal(-32602, bad["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Document_symbols_are_hierarchical()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Clean);
        var symbols = (await client.ResultAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } }))!.AsArray();
        var incident = Assert.Single(symbols)!;
        Assert.Equal("test", incident["name"]!.GetValue<string>());
        Assert.Equal(["src", "act", "tgt", "c1"], incident["children"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Folding_formatting_and_semantic_tokens()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "incident x {title: \"t\" reported: 2024-01-01\n summary: \"s\"}\n");
        var document = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } };
        var folding = (await client.ResultAsync("textDocument/foldingRange", document.DeepClone()))!.AsArray();
        Assert.Equal(0, folding[0]!["startLine"]!.GetValue<int>());
        Assert.Equal(1, folding[0]!["endLine"]!.GetValue<int>());

        var formatting = document.DeepClone().AsObject();
        formatting["options"] = new JsonObject { ["tabSize"] = 2, ["insertSpaces"] = true };
        var edits = (await client.ResultAsync("textDocument/formatting", formatting))!.AsArray();
        Assert.Equal("incident x {\n  title: \"t\"\n  reported: 2024-01-01\n  summary: \"s\"\n}\n", Assert.Single(edits)!["newText"]!.GetValue<string>());

        var tokens = (await client.ResultAsync("textDocument/semanticTokens/full", document.DeepClone()))!["data"]!.AsArray().Select(n => n!.GetValue<int>()).ToList();
        Assert.Equal(0, tokens.Count % 5);
        Assert.Equal([0, 0, 8, 0, 0], tokens.Take(5)); // "incident": keyword
        Assert.Equal([0, 9, 1, 9, 1], tokens.Skip(5).Take(5)); // "x": namespace, declaration
    }

    [Fact]
    public async Task Semantic_tokens_put_leading_and_trailing_comments_in_text_order_and_fold_a_block_comment()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "// lead\nincident x { /* a */ title: \"t\" // trail\n/* two\nlines */ }\n");
        var document = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } };
        var tokens = (await client.ResultAsync("textDocument/semanticTokens/full", document.DeepClone()))!["data"]!.AsArray().Select(n => n!.GetValue<int>()).ToList();

        // (line delta, character delta, length, type, modifiers): comment 7, keyword 0, namespace 9 (declaration 1), property 1, string 2.
        int[] expected =
        [
            0, 0, 7, 7, 0, // "// lead": leading trivia of "incident"
            1, 0, 8, 0, 0, // incident
            0, 9, 1, 9, 1, // x
            0, 4, 7, 7, 0, // "/* a */": trailing trivia of "{"
            0, 8, 5, 1, 0, // title
            0, 7, 3, 2, 0, // "t"
            0, 4, 8, 7, 0, // "// trail": trailing trivia of "t"
            1, 0, 6, 7, 0, // "/* two": a block comment over two lines, one entry per line (leading trivia of "}")
            1, 0, 8, 7, 0, // "lines */"
        ];
        Assert.Equal(expected, tokens);

        var folding = (await client.ResultAsync("textDocument/foldingRange", document.DeepClone()))!.AsArray()
            .Select(r => $"{r!["startLine"]}-{r["endLine"]} {r["kind"]}").ToList();
        Assert.Equal(["1-3 ", "2-3 comment"], folding);
    }

    /// <summary>The parameters of <c>textDocument/codeAction</c> over the whole test document.</summary>
    private static JsonObject WholeDocumentCodeActions() => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri },
        ["range"] = new JsonObject { ["start"] = new JsonObject { ["line"] = 0, ["character"] = 0 }, ["end"] = new JsonObject { ["line"] = 200, ["character"] = 0 } },
        ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
    };

    [Fact]
    public async Task Code_actions_apply_did_you_mean_add_required_remove_unused_and_suppress()
    {
        await using var client = await LspTestClient.StartAsync();
        var text = Edit("confidence: moderate", "confidence: moderat", Edit("    kind: press\n", string.Empty, Edit("  target tgt {", "  actor spare {\n    name: \"Spare\"\n  }\n\n  target tgt {")));
        await client.OpenAsync(Uri, text);
        var whole = WholeDocumentCodeActions();
        var titles = (await client.ResultAsync("textDocument/codeAction", whole))!.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToList();
        Assert.Contains("Change to 'moderate'", titles);
        Assert.Contains("Add the required property 'kind'", titles);
        Assert.Contains("Remove unused actor 'spare'", titles);
        Assert.Contains("Suppress INC2003 on this line", titles);
    }

    [Fact]
    public async Task Code_actions_offer_the_fixes_of_the_attack_and_indicator_rules_with_their_edits()
    {
        await using var client = await LspTestClient.StartAsync();
        var text = Edit("    name: \"Actor\"", "    name: \"Salt Typhoon\"",
            Edit("  summary: \"A clean incident.\"", "  summary: \"Beacons went to 198.51.100.7.\"",
                Edit("    sources: [src]\n  }", "    sources: [src]\n    techniques: [T1073]\n    indicators: [c2]\n  }\n\n  indicator c2 {\n    kind: ipv4\n    value: \"198.51.100[.]7\"\n    sources: [src]\n  }")));
        await client.OpenAsync(Uri, text);
        var whole = WholeDocumentCodeActions();
        var actions = (await client.ResultAsync("textDocument/codeAction", whole))!.AsArray().Select(a => a!.AsObject()).ToList();
        string NewText(string title) => actions.Single(a => a["title"]!.GetValue<string>() == title)["edit"]!["changes"]![Uri]![0]!["newText"]!.GetValue<string>();
        Assert.Equal("T1574.001", NewText("Replace with 'T1574.001'"));
        Assert.Equal("198.51.100[.]7", NewText("Defang as '198.51.100[.]7'"));
        Assert.Equal("\n    attack-id: G1045", NewText("Add attack-id: G1045 (Salt Typhoon)"));
    }

    [Fact]
    public async Task Code_action_of_INC2021_removes_the_repeated_item_and_its_comma()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Edit("    actors: [act]\n", "    actors: [act, act]\n"));
        var whole = WholeDocumentCodeActions();
        var action = (await client.ResultAsync("textDocument/codeAction", whole))!.AsArray().Select(a => a!.AsObject())
            .Single(a => a["title"]!.GetValue<string>() == "Remove the repeated 'act'");
        var edit = action["edit"]!["changes"]![Uri]![0]!;
        Assert.Equal(string.Empty, edit["newText"]!.GetValue<string>());

        // "    actors: [act, act]" on line 24 (0-based): the edit takes ", act", from the end of the first to the end of the second.
        Assert.Equal("24:16-24:21", $"{edit["range"]!["start"]!["line"]}:{edit["range"]!["start"]!["character"]}-{edit["range"]!["end"]!["line"]}:{edit["range"]!["end"]!["character"]}");
    }

    [Fact]
    public async Task The_server_survives_malformed_input_and_unknown_methods()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.SendRawAsync("{ this is not json");
        var parseError = await client.NextOtherMessageAsync();
        Assert.Equal(-32700, parseError["error"]!["code"]!.GetValue<int>());

        var unknown = await client.RequestAsync("textDocument/teleport", new JsonObject());
        Assert.Equal(-32601, unknown["error"]!["code"]!.GetValue<int>());

        var unopened = await client.RequestAsync("textDocument/hover", LspTestClient.At("untitled:nowhere.inc", new JsonObject { ["line"] = 0, ["character"] = 0 }));
        Assert.Null(unopened["result"]);

        await client.OpenAsync(Uri, Clean);
        await client.DiagnosticsAsync(Uri, 1);
        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject { ["start"] = new JsonObject { ["line"] = 999, ["character"] = 5 }, ["end"] = new JsonObject { ["line"] = 1000, ["character"] = 0 } },
                ["text"] = "\n// appended",
            }),
        });
        Assert.Empty(await client.DiagnosticsAsync(Uri, 2));
        var hover = await client.RequestAsync("textDocument/hover", LspTestClient.At(Uri, new JsonObject { ["line"] = 1, ["character"] = 1 }));
        Assert.False(hover.ContainsKey("error"));
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused()
    {
        var client = new LspTestClient();
        var response = await client.RequestAsync("textDocument/hover", LspTestClient.At(Uri, new JsonObject { ["line"] = 0, ["character"] = 0 }));
        Assert.Equal(-32002, response["error"]!["code"]!.GetValue<int>());
        await client.ResultAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });
        await client.DisposeAsync();
    }
}
