using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IncidentLang.LanguageServer.Handlers;
using IncidentLang.LanguageServer.JsonRpc;
using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Text;

namespace IncidentLang.LanguageServer;

/// <summary>
/// The language server: reads JSON-RPC messages, keeps the workspace, answers requests, and
/// pushes diagnostics after each change — debounced, computed off the message loop, and
/// dropped when a newer version of the document has arrived. It survives anything a client
/// sends: malformed JSON (ParseError), unknown methods (MethodNotFound), unopened documents
/// (empty results), out-of-range positions (clamped), and handler failures (an error response).
/// </summary>
public sealed class IncidentLanguageServer
{
    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly TextWriter _log;
    private readonly ServerWorkspace _workspace = new();
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pendingDiagnostics = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _cancelled = new(StringComparer.Ordinal);
    private bool _initialized;
    private bool _shutdown;

    public IncidentLanguageServer(Stream input, Stream output, TextWriter log)
    {
        _reader = new MessageReader(input);
        _writer = new MessageWriter(output);
        _log = log;
        _latency = LatencyLog.FromEnvironment(log);
    }

    private readonly LatencyLog _latency;

    /// <summary>How long to wait after a change before computing diagnostics.</summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(10);

    public ServerWorkspace Workspace => _workspace;

    /// <summary>Runs until <c>exit</c> or the end of the input; returns the process exit code (0 after a shutdown request, else 1).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var queue = System.Threading.Channels.Channel.CreateUnbounded<byte[]>(new() { SingleReader = true });
        var readLoop = Task.Run(async () =>
        {
            try
            {
                while (await _reader.ReadAsync(cancellationToken) is { } message)
                {
                    // $/cancelRequest is handled as soon as it is read, so it can reach requests still queued.
                    if (TryReadCancel(message) is { } cancelledId)
                    {
                        _cancelled[cancelledId] = 0;
                        continue;
                    }

                    await queue.Writer.WriteAsync(message, cancellationToken);
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                queue.Writer.TryComplete();
            }
        }, cancellationToken);

        await foreach (var message in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            if (await HandleAsync(message) is { } exitCode)
            {
                return exitCode;
            }
        }

        await readLoop;
        return _shutdown ? 0 : 1;
    }

    private static string? TryReadCancel(byte[] message)
    {
        try
        {
            using var document = JsonDocument.Parse(message);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("method", out var method) && method.ValueKind == JsonValueKind.String
                && method.GetString() == "$/cancelRequest" && root.TryGetProperty("params", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("id", out var id))
            {
                return id.GetRawText();
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    /// <summary>Handles one message; returns an exit code when the server must stop.</summary>
    private async Task<int?> HandleAsync(byte[] message)
    {
        var started = _latency.Start();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message);
        }
        catch (JsonException exception)
        {
            await SendErrorAsync(null, ErrorCodes.ParseError, "Parse error: " + exception.Message);
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
            {
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var orphan) && !root.TryGetProperty("result", out _) && !root.TryGetProperty("error", out _))
                {
                    await SendErrorAsync(orphan.GetRawText(), ErrorCodes.InvalidRequest, "Invalid request: no method.");
                }

                return null; // a response to a request of ours, or garbage: ignore
            }

            var method = methodElement.GetString()!;
            var id = root.TryGetProperty("id", out var idElement) ? idElement.GetRawText() : null;
            var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;

            if (method == "exit")
            {
                return _shutdown ? 0 : 1;
            }

            if (id is not null && _cancelled.TryRemove(id, out _))
            {
                await SendErrorAsync(id, ErrorCodes.RequestCancelled, "Request cancelled.");
                return null;
            }

            var parsed = _latency.Lap(ref started);
            try
            {
                await DispatchAsync(method, id, parameters);
                _latency.Write(method, $"{message.Length} bytes", ("JSON parse", parsed), ("handle", _latency.Lap(ref started)));
            }
            catch (RequestException exception) when (id is not null)
            {
                await SendErrorAsync(id, exception.Code, exception.Message);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                _log.WriteLine($"inc lsp: {method} failed: {exception}");
                if (id is not null)
                {
                    await SendErrorAsync(id, ErrorCodes.InternalError, $"{method} failed: {exception.Message}");
                }
            }

            return null;
        }
    }

    private async Task DispatchAsync(string method, string? id, JsonElement p)
    {
        if (!_initialized && method != "initialize")
        {
            if (id is not null)
            {
                throw new RequestException(ErrorCodes.ServerNotInitialized, "The server is not initialized.");
            }

            return;
        }

        switch (method)
        {
            case "initialize":
                Initialize(p);
                await RespondAsync(id, new InitializeResult(new ServerCapabilities(), new ServerInfo("inc", typeof(IncidentLanguageServer).Assembly.GetName().Version?.ToString(3) ?? "0")), LspJsonContext.Default.InitializeResult);
                return;
            case "initialized":
            case "$/setTrace":
            case "$/cancelRequest":
                return;
            case "shutdown":
                _shutdown = true;
                await RespondNullAsync(id);
                return;
            case "textDocument/didOpen":
                var opened = p.GetProperty("textDocument");
                var openedUri = opened.GetProperty("uri").GetString()!;
                _workspace.Open(openedUri, opened.GetProperty("text").GetString() ?? string.Empty, Int(opened, "version"));
                ScheduleDiagnostics(openedUri);
                return;
            case "textDocument/didChange":
                var changed = p.GetProperty("textDocument");
                var changes = new List<(LspRange?, string)>();
                foreach (var change in p.GetProperty("contentChanges").EnumerateArray())
                {
                    changes.Add((change.TryGetProperty("range", out var range) ? ReadRange(range) : null, change.GetProperty("text").GetString() ?? string.Empty));
                }

                var changedUri = changed.GetProperty("uri").GetString()!;
                _workspace.Change(changedUri, Int(changed, "version"), changes);
                ScheduleDiagnostics(changedUri);
                return;
            case "textDocument/didClose":
                var closed = Uri(p);
                _workspace.Close(closed);
                await NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(closed, null, []), LspJsonContext.Default.PublishDiagnosticsParams);
                ScheduleDiagnostics(closed);
                return;
            case "textDocument/didSave":
                return;
            case "workspace/didChangeWatchedFiles":
            case "workspace/didChangeConfiguration":
                _workspace.Invalidate();
                ScheduleDiagnostics();
                return;
        }

        if (id is null)
        {
            return; // an unknown notification: ignore it, as the protocol says
        }

        if (!RequestMethods.Contains(method))
        {
            throw new RequestException(ErrorCodes.MethodNotFound, $"Method not found: {method}");
        }

        var snapshot = TryUri(p) is { } uri ? _workspace.Snapshot(uri) : null;
        switch (method)
        {
            case "textDocument/completion":
                await RespondAsync(id, snapshot is null ? new CompletionList(false, []) : CompletionHandler.Complete(snapshot, Pos(snapshot, p)), LspJsonContext.Default.CompletionList);
                break;
            case "textDocument/hover":
                await RespondMaybeAsync(id, snapshot is null ? null : HoverHandler.HoverAt(snapshot, Pos(snapshot, p)), LspJsonContext.Default.Hover);
                break;
            case "textDocument/definition":
                await RespondMaybeAsync(id, snapshot is null ? null : NavigationHandler.Definition(snapshot, Pos(snapshot, p)), LspJsonContext.Default.LspLocation);
                break;
            case "textDocument/references":
                var includeDeclaration = p.TryGetProperty("context", out var context) && context.TryGetProperty("includeDeclaration", out var include) && include.ValueKind == JsonValueKind.True;
                await RespondAsync(id, snapshot is null ? [] : NavigationHandler.References(snapshot, Pos(snapshot, p), includeDeclaration), LspJsonContext.Default.ImmutableArrayLspLocation);
                break;
            case "textDocument/prepareRename":
                await RespondMaybeAsync(id, snapshot is null ? null : NavigationHandler.PrepareRename(snapshot, Pos(snapshot, p)), LspJsonContext.Default.PrepareRenameResult);
                break;
            case "textDocument/rename":
                var newName = p.TryGetProperty("newName", out var n) ? n.GetString() ?? string.Empty : string.Empty;
                if (!Syntax.SyntaxFacts.IsValidIdentifier(newName))
                {
                    throw new RequestException(ErrorCodes.InvalidParams, $"'{newName}' is not a valid name: use letters, digits, '_' and inner '-', and not a keyword.");
                }

                await RespondMaybeAsync(id, snapshot is null ? null : NavigationHandler.Rename(snapshot, Pos(snapshot, p), newName), LspJsonContext.Default.WorkspaceEdit);
                break;
            case "textDocument/documentSymbol":
                await RespondAsync(id, snapshot is null ? [] : DocumentSymbolHandler.Symbols(snapshot), LspJsonContext.Default.ImmutableArrayDocumentSymbol);
                break;
            case "textDocument/foldingRange":
                await RespondAsync(id, snapshot is null ? [] : FoldingRangeHandler.Ranges(snapshot), LspJsonContext.Default.ImmutableArrayFoldingRange);
                break;
            case "textDocument/formatting":
                await RespondAsync(id, snapshot is null ? [] : FormattingHandler.Format(snapshot), LspJsonContext.Default.ImmutableArrayTextEdit);
                break;
            case "textDocument/semanticTokens/full":
                await RespondAsync(id, snapshot is null ? new SemanticTokens([]) : SemanticTokensHandler.Tokens(snapshot), LspJsonContext.Default.SemanticTokens);
                break;
            case "textDocument/codeAction":
                ImmutableArray<CodeAction> actions = [];
                if (snapshot is not null && p.TryGetProperty("range", out var rangeElement) && ReadRange(rangeElement) is { } range)
                {
                    var start = snapshot.PositionOf(range.Start);
                    actions = CodeActionHandler.Actions(snapshot, TextSpan.FromBounds(start, Math.Max(start, snapshot.PositionOf(range.End))));
                }

                await RespondAsync(id, actions, LspJsonContext.Default.ImmutableArrayCodeAction);
                break;
            default:
                throw new RequestException(ErrorCodes.MethodNotFound, $"Method not found: {method}");
        }
    }

    private void Initialize(JsonElement p)
    {
        var roots = new List<string>();
        if (p.ValueKind == JsonValueKind.Object)
        {
            if (p.TryGetProperty("workspaceFolders", out var folders) && folders.ValueKind == JsonValueKind.Array)
            {
                roots.AddRange(folders.EnumerateArray().Select(f => f.TryGetProperty("uri", out var u) ? u.GetString() : null).OfType<string>().Select(DocumentUri.ToPath));
            }
            else if (p.TryGetProperty("rootUri", out var rootUri) && rootUri.ValueKind == JsonValueKind.String)
            {
                roots.Add(DocumentUri.ToPath(rootUri.GetString()!));
            }

            if (p.TryGetProperty("initializationOptions", out var options) && options.ValueKind == JsonValueKind.Object
                && options.TryGetProperty("today", out var today) && DateOnly.TryParse(today.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var date))
            {
                _workspace.Today = () => date;
            }
        }

        _workspace.SetRoots(roots.Where(Path.IsPathRooted));
        _initialized = true;
    }

    /// <summary>
    /// Recomputes and publishes, after a short pause, the diagnostics of the open documents in the
    /// project of <paramref name="changedUri"/> (all open documents when null); a newer change
    /// cancels the older run.
    /// </summary>
    private void ScheduleDiagnostics(string? changedUri = null)
    {
        var project = changedUri is null ? null : _workspace.ProjectRootOf(changedUri);
        foreach (var document in _workspace.OpenDocuments.Where(d => project is null || _workspace.ProjectRootOf(d.Uri) == project))
        {
            var source = new CancellationTokenSource();
            if (_pendingDiagnostics.TryGetValue(document.Uri, out var previous))
            {
                previous.Cancel();
            }

            _pendingDiagnostics[document.Uri] = source;
            var token = source.Token;
            _ = Task.Run(async () =>
            {
                try
                {
                    await Task.Delay(DiagnosticsDelay, token);
                    var started = _latency.Start();
                    var snapshot = _workspace.Snapshot(document.Uri);
                    if (snapshot is null || token.IsCancellationRequested)
                    {
                        return;
                    }

                    var snapshotMs = _latency.Lap(ref started);
                    _ = snapshot.Compilation.GetDiagnostics();
                    var compileMs = _latency.Lap(ref started);
                    var diagnostics = DiagnosticsHandler.Publish(snapshot);
                    var convertMs = _latency.Lap(ref started);

                    // A result for a version the editor has already replaced is dropped, never published.
                    if (!token.IsCancellationRequested && _workspace.Get(document.Uri)?.Version == snapshot.Version)
                    {
                        var payload = JsonSerializer.Serialize(diagnostics, LspJsonContext.Default.PublishDiagnosticsParams);
                        var serializeMs = _latency.Lap(ref started);
                        await SendAsync(null, "textDocument/publishDiagnostics", payload, null);
                        _latency.Write($"diagnostics {document.Uri} v{snapshot.Version}", $"{diagnostics.Diagnostics.Length} diagnostics", ("snapshot (reparse, next compilation)", snapshotMs), ("bind and analyse", compileMs),
                            ("convert", convertMs), ("serialize", serializeMs), ("write and flush", _latency.Lap(ref started)));
                    }
                }
                catch (OperationCanceledException)
                {
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    _log.WriteLine($"inc lsp: diagnostics for {document.Uri} failed: {exception}");
                }
            }, CancellationToken.None);
        }
    }

    private static readonly HashSet<string> RequestMethods = new(StringComparer.Ordinal)
    {
        "textDocument/completion", "textDocument/hover", "textDocument/definition", "textDocument/references",
        "textDocument/prepareRename", "textDocument/rename", "textDocument/documentSymbol", "textDocument/foldingRange",
        "textDocument/formatting", "textDocument/semanticTokens/full", "textDocument/codeAction",
    };

    private static string Uri(JsonElement p) => TryUri(p) ?? throw new RequestException(ErrorCodes.InvalidParams, "Missing textDocument.uri.");

    private static string? TryUri(JsonElement p) =>
        p.ValueKind == JsonValueKind.Object && p.TryGetProperty("textDocument", out var document) && document.ValueKind == JsonValueKind.Object
        && document.TryGetProperty("uri", out var uri) && uri.ValueKind == JsonValueKind.String ? uri.GetString() : null;

    private static int Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i) ? i : 0;

    private static int Pos(DocumentSnapshot snapshot, JsonElement p) =>
        snapshot.PositionOf(ReadPosition(p.GetProperty("position")));

    private static Position ReadPosition(JsonElement element) => new(Math.Max(0, Int(element, "line")), Math.Max(0, Int(element, "character")));

    private static LspRange? ReadRange(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? new LspRange(ReadPosition(element.GetProperty("start")), ReadPosition(element.GetProperty("end"))) : null;

    // ------------------------------------------------------------------ sending

    private Task RespondAsync<T>(string? id, T result, JsonTypeInfo<T> typeInfo) =>
        SendAsync(id, null, JsonSerializer.Serialize(result, typeInfo), null);

    private Task RespondMaybeAsync<T>(string? id, T? result, JsonTypeInfo<T> typeInfo)
        where T : class =>
        result is null ? RespondNullAsync(id) : RespondAsync(id, result, typeInfo);

    private Task RespondNullAsync(string? id) => SendAsync(id, null, "null", null);

    private Task NotifyAsync<T>(string method, T parameters, JsonTypeInfo<T> typeInfo) =>
        SendAsync(null, method, JsonSerializer.Serialize(parameters, typeInfo), null);

    private Task SendErrorAsync(string? id, int code, string message) =>
        SendAsync(id ?? "null", null, null, new ResponseError(code, message));

    private async Task SendAsync(string? id, string? method, string? payload, ResponseError? error)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            if (id is not null)
            {
                writer.WritePropertyName("id");
                writer.WriteRawValue(id);
            }

            if (method is not null)
            {
                writer.WriteString("method", method);
                writer.WritePropertyName("params");
                writer.WriteRawValue(payload!);
            }
            else if (error is not null)
            {
                writer.WritePropertyName("error");
                writer.WriteRawValue(JsonSerializer.Serialize(error, LspJsonContext.Default.ResponseError));
            }
            else
            {
                writer.WritePropertyName("result");
                writer.WriteRawValue(payload!);
            }

            writer.WriteEndObject();
        }

        await _writer.WriteAsync(stream.ToArray());
    }
}
