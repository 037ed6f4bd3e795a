using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
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
/// sends: malformed JSON and bad headers (ParseError), messages that are not requests
/// (InvalidRequest), unknown methods (MethodNotFound), invalid params (InvalidParams), unopened
/// documents (empty results), out-of-range positions (clamped), and handler failures
/// (InternalError); docs/reliability.md, "Malformed messages".
/// </summary>
public sealed class IncidentLanguageServer
{
    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly TextWriter _log;
    private readonly ServerWorkspace _workspace = new();
    private readonly SemanticTokensResults _semanticTokens = new();
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pendingDiagnostics = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _cancelled = new(StringComparer.Ordinal);
    private bool _initialized;
    private bool _shutdown;

    private readonly System.Threading.Channels.Channel<IncomingMessage> _queue = System.Threading.Channels.Channel.CreateUnbounded<IncomingMessage>(new() { SingleReader = true });

    public IncidentLanguageServer(Stream input, Stream output, TextWriter log)
    {
        _reader = new MessageReader(input, problem => _queue.Writer.TryWrite(new IncomingMessage(null, null, null, problem)));
        _writer = new MessageWriter(output);
        _log = log;
        _latency = LatencyLog.FromEnvironment(log);
        _workspace.Latency = _latency;
        IdleCollector = IdleCollector.FromEnvironment();
    }

    /// <summary>Collects garbage when the editor is quiet after a change's diagnostics; null for none.</summary>
    public IdleCollector? IdleCollector { get; init; }

    private readonly LatencyLog _latency;

    // When the message being handled arrived (a Stopwatch timestamp): the diagnostics' pause after a change is counted from it.
    private long _arrived;

    /// <summary>How long to wait after a change before computing diagnostics.</summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(10);

    public ServerWorkspace Workspace => _workspace;

    /// <summary>
    /// Runs before the handler of every request, with its method name; what it throws is answered like
    /// a handler's failure (InternalError). Tests use it to make a handler fail.
    /// </summary>
    public Action<string>? BeforeRequest { get; init; }

    /// <summary>Runs until <c>exit</c> or the end of the input; returns the process exit code (0 after a shutdown request, else 1).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var queue = _queue;
        var readLoop = Task.Run(async () =>
        {
            try
            {
                // Each message is parsed once, here (a full-text didChange of a large file is about a megabyte of JSON), over its
                // pooled body; the message loop disposes both.
                while (await _reader.ReadBodyAsync(cancellationToken) is { } body)
                {
                    var arrived = Stopwatch.GetTimestamp();
                    IdleCollector?.NoteActivity();
                    var started = _latency.Start();
                    var readMs = _latency.Enabled ? Stopwatch.GetElapsedTime(_reader.LastHeaderReadAt, started).TotalMilliseconds : 0;
                    JsonDocument? document = null;
                    string? parseError = null;
                    try
                    {
                        document = JsonDocument.Parse(body.Memory);
                    }
                    catch (JsonException exception)
                    {
                        parseError = "Parse error: " + exception.Message;
                    }

                    // $/cancelRequest is handled as soon as it is read, so it can reach requests still queued.
                    if (document is not null && TryReadCancel(document.RootElement) is { } cancelledId)
                    {
                        _cancelled[cancelledId] = 0;
                        document.Dispose();
                        body.Dispose();
                        continue;
                    }

                    var message = new IncomingMessage(body, document, parseError, null) { Arrived = arrived, ReadMs = readMs, ParseMs = _latency.Lap(ref started), Queued = started };
                    try
                    {
                        await queue.Writer.WriteAsync(message, cancellationToken);
                    }
                    catch
                    {
                        message.Dispose();
                        throw;
                    }
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
            if (message.FramingError is { } framingError)
            {
                await SendErrorAsync(null, ErrorCodes.ParseError, framingError);
                continue;
            }

            int? exitCode;
            try
            {
                exitCode = await HandleAsync(message);
            }
            finally
            {
                message.Dispose();
            }

            if (exitCode is { } code)
            {
                return code;
            }
        }

        await readLoop;
        return _shutdown ? 0 : 1;
    }

    private static string? TryReadCancel(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("method", out var method) && method.ValueKind == JsonValueKind.String
            && method.ValueEquals("$/cancelRequest") && root.TryGetProperty("params", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("id", out var id))
        {
            return id.GetRawText();
        }

        return null;
    }

    /// <summary>Handles one message; returns an exit code when the server must stop.</summary>
    private async Task<int?> HandleAsync(IncomingMessage message)
    {
        var started = _latency.Start();
        var waited = _latency.Enabled ? Stopwatch.GetElapsedTime(message.Queued, started).TotalMilliseconds : 0;
        if (message.Document is not { } document)
        {
            await SendErrorAsync(null, ErrorCodes.ParseError, message.ParseError!);
            return null;
        }

        var root = document.RootElement;
        if (InvalidRequest(root) is { } invalid)
        {
            // The id is echoed when it is a valid one (a string or a number), else it is null.
            var validId = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var given) && given.ValueKind is JsonValueKind.String or JsonValueKind.Number ? given.GetRawText() : null;
            await SendErrorAsync(validId, ErrorCodes.InvalidRequest, "Invalid request: " + invalid);
            return null;
        }

        if (!root.TryGetProperty("method", out var methodElement))
        {
            return null; // a response (to no request of ours: the server sends none): ignore it
        }

        var method = methodElement.GetString()!;
        var id = root.TryGetProperty("id", out var idElement) ? idElement.GetRawText() : null;

        // The document lives until the message is handled (the loop disposes it): params are read in place, not cloned.
        var parameters = root.TryGetProperty("params", out var p) && p.ValueKind != JsonValueKind.Null ? p : default;

        if (method == "exit")
        {
            return _shutdown ? 0 : 1;
        }

        if (id is not null && _cancelled.TryRemove(id, out _))
        {
            await SendErrorAsync(id, ErrorCodes.RequestCancelled, "Request cancelled.");
            return null;
        }

        var examined = _latency.Lap(ref started);
        try
        {
            if (parameters.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Object or JsonValueKind.Array))
            {
                throw new RequestException(ErrorCodes.InvalidParams, "Invalid params: 'params' must be an object or an array.");
            }

            _arrived = message.Arrived;
            await DispatchAsync(method, id, parameters);
            _latency.Write(method, $"{message.Body!.Length} bytes", ("read body", message.ReadMs), ("JSON parse (reader)", message.ParseMs), ("queued", waited), ("examine", examined), ("handle", _latency.Lap(ref started)));
        }
        catch (RequestException exception) when (id is not null)
        {
            await SendErrorAsync(id, exception.Code, exception.Message);
        }
        catch (RequestException exception)
        {
            // A notification cannot be answered: its invalid params are logged and it is ignored.
            _log.WriteLine($"inc lsp: {method} ignored: {exception.Message}");
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

    /// <summary>Why a message is not a JSON-RPC 2.0 request, notification or response; null when it is one.</summary>
    private static string? InvalidRequest(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return $"a message must be a JSON object, not {(root.ValueKind == JsonValueKind.Array ? "an array (batches are not supported)" : root.ValueKind.ToString().ToLowerInvariant())}.";
        }

        if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            return "\"jsonrpc\" must be \"2.0\".";
        }

        var hasId = root.TryGetProperty("id", out var id);
        if (hasId && id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            return "\"id\" must be a string or a number.";
        }

        if (!root.TryGetProperty("method", out var method))
        {
            // A response: an id with a result or an error.
            return hasId && (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _)) ? null : "no \"method\".";
        }

        return method.ValueKind == JsonValueKind.String ? null : "\"method\" must be a string.";
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
                var openedUri = Uri(p);
                _workspace.Open(openedUri, String(Required(p, "textDocument"), "text"), Int(p.GetProperty("textDocument"), "version"));
                ScheduleDiagnostics(openedUri);
                return;
            case "textDocument/didChange":
                var changedUri = Uri(p);
                var changes = new List<(LspRange?, ReadOnlyMemory<char>)>();
                if (Required(p, "contentChanges") is not { ValueKind: JsonValueKind.Array } contentChanges)
                {
                    throw new RequestException(ErrorCodes.InvalidParams, "Invalid params: 'contentChanges' must be an array.");
                }

                var decoded = new List<DecodedString>();
                var stage = _latency.Start();
                try
                {
                    foreach (var change in contentChanges.EnumerateArray())
                    {
                        // Every change is read before any is applied: an invalid one leaves the document as it was. A full text is
                        // decoded into a pooled buffer, not a string: only what differs from the old text becomes a new string.
                        var range = change.ValueKind == JsonValueKind.Object && change.TryGetProperty("range", out var r) && r.ValueKind != JsonValueKind.Null ? ReadRange(r, "range") : null;
                        if (range is null)
                        {
                            var full = DecodedString.Decode(Required(change, "text") is { ValueKind: JsonValueKind.String } value ? value : throw new RequestException(ErrorCodes.InvalidParams, "Invalid params: 'text' must be a string."));
                            decoded.Add(full);
                            changes.Add((null, full.Memory));
                        }
                        else
                        {
                            changes.Add((range, String(change, "text").AsMemory()));
                        }
                    }

                    var decodeMs = _latency.Lap(ref stage);
                    _workspace.Change(changedUri, Int(p.GetProperty("textDocument"), "version"), changes);
                    _latency.Write("didChange stages", $"{changes.Count} changes", ("read the changes (full texts decoded)", decodeMs), ("apply", _latency.Lap(ref stage)));
                }
                finally
                {
                    decoded.ForEach(d => d.Dispose());
                }

                // The re-parse runs on the thread pool while the diagnostics wait out their pause, not on the message loop.
                _workspace.StartParsing(changedUri, _log);
                ScheduleDiagnostics(changedUri);
                return;
            case "textDocument/didClose":
                var closed = Uri(p);
                _workspace.Close(closed);
                _semanticTokens.Forget(closed);
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

        // Every request method takes textDocument.uri; the ones at a position take a valid position.
        var uri = Uri(p);
        var position = method is "textDocument/completion" or "textDocument/hover" or "textDocument/definition" or "textDocument/references"
            or "textDocument/prepareRename" or "textDocument/rename" ? ReadPosition(Required(p, "position"), "position") : null;
        var codeActionRange = method == "textDocument/codeAction" ? ReadRange(Required(p, "range"), "range") : null;
        var previousResultId = method == "textDocument/semanticTokens/full/delta" ? String(p, "previousResultId") : null;
        BeforeRequest?.Invoke(method);
        var snapshot = _workspace.Snapshot(uri);
        switch (method)
        {
            case "textDocument/completion":
                await RespondAsync(id, snapshot is null ? new CompletionList(false, []) : CompletionHandler.Complete(snapshot, snapshot.PositionOf(position!)), LspJsonContext.Default.CompletionList);
                break;
            case "textDocument/hover":
                await RespondMaybeAsync(id, snapshot is null ? null : HoverHandler.HoverAt(snapshot, snapshot.PositionOf(position!)), LspJsonContext.Default.Hover);
                break;
            case "textDocument/definition":
                await RespondMaybeAsync(id, snapshot is null ? null : NavigationHandler.Definition(snapshot, snapshot.PositionOf(position!)), LspJsonContext.Default.LspLocation);
                break;
            case "textDocument/references":
                var includeDeclaration = p.TryGetProperty("context", out var context) && context.TryGetProperty("includeDeclaration", out var include) && include.ValueKind == JsonValueKind.True;
                await RespondAsync(id, snapshot is null ? [] : NavigationHandler.References(snapshot, snapshot.PositionOf(position!), includeDeclaration), LspJsonContext.Default.ImmutableArrayLspLocation);
                break;
            case "textDocument/prepareRename":
                await RespondMaybeAsync(id, snapshot is null ? null : NavigationHandler.PrepareRename(snapshot, snapshot.PositionOf(position!)), LspJsonContext.Default.PrepareRenameResult);
                break;
            case "textDocument/rename":
                var newName = Required(p, "newName") is { ValueKind: JsonValueKind.String } n ? n.GetString()! : throw new RequestException(ErrorCodes.InvalidParams, "Invalid params: 'newName' must be a string.");
                if (!Syntax.SyntaxFacts.IsValidIdentifier(newName))
                {
                    throw new RequestException(ErrorCodes.InvalidParams, $"'{newName}' is not a valid name: use letters, digits, '_' and inner '-', and not a keyword.");
                }

                await RespondMaybeAsync(id, snapshot is null ? null : NavigationHandler.Rename(snapshot, snapshot.PositionOf(position!), newName), LspJsonContext.Default.WorkspaceEdit);
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
                await RespondAsync(id, _semanticTokens.Full(uri, snapshot is null ? ImmutableArray<int>.Empty : SemanticTokensHandler.Tokens(snapshot)), LspJsonContext.Default.SemanticTokens);
                break;
            case "textDocument/semanticTokens/full/delta":
                ImmutableArray<int> data = snapshot is null ? [] : SemanticTokensHandler.Tokens(snapshot);
                if (_semanticTokens.Delta(uri, previousResultId!, data) is { } delta)
                {
                    await RespondAsync(id, delta, LspJsonContext.Default.SemanticTokensDelta);
                }
                else
                {
                    await RespondAsync(id, _semanticTokens.Full(uri, data), LspJsonContext.Default.SemanticTokens);
                }

                break;
            case "textDocument/codeAction":
                ImmutableArray<CodeAction> actions = [];
                if (snapshot is not null && codeActionRange is { } range)
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
    /// cancels the older run. The pause (<see cref="DiagnosticsDelay"/>) runs from the arrival of the message that changed something,
    /// not from the end of its handling: reading a large full-text change is part of the pause, not added to it.
    /// </summary>
    private void ScheduleDiagnostics(string? changedUri = null)
    {
        var arrived = _arrived;
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
                    var pause = DiagnosticsDelay - Stopwatch.GetElapsedTime(arrived);
                    if (pause > TimeSpan.Zero)
                    {
                        await Task.Delay(pause, token);
                    }

                    token.ThrowIfCancellationRequested();
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
                        await SendAsync(null, "textDocument/publishDiagnostics", writer => writer.WriteRawValue(payload, skipInputValidation: true), null);
                        _latency.Write($"diagnostics {document.Uri} v{snapshot.Version}", $"{diagnostics.Diagnostics.Length} diagnostics", ("snapshot (reparse, next compilation)", snapshotMs), ("bind and analyse", compileMs),
                            ("convert", convertMs), ("serialize", serializeMs), ("write and flush", _latency.Lap(ref started)));
                        IdleCollector?.Schedule();
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
        "textDocument/formatting", "textDocument/semanticTokens/full", "textDocument/semanticTokens/full/delta", "textDocument/codeAction",
    };

    private static string Uri(JsonElement p) => TryUri(p) ?? throw new RequestException(ErrorCodes.InvalidParams, "Invalid params: 'textDocument.uri' (a string) is required.");

    private static string String(JsonElement p, string name) =>
        Required(p, name) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : throw new RequestException(ErrorCodes.InvalidParams, $"Invalid params: '{name}' must be a string.");

    private static JsonElement Required(JsonElement p, string name) =>
        p.ValueKind == JsonValueKind.Object && p.TryGetProperty(name, out var value) ? value : throw new RequestException(ErrorCodes.InvalidParams, $"Invalid params: '{name}' is required.");

    private static string? TryUri(JsonElement p) =>
        p.ValueKind == JsonValueKind.Object && p.TryGetProperty("textDocument", out var document) && document.ValueKind == JsonValueKind.Object
        && document.TryGetProperty("uri", out var uri) && uri.ValueKind == JsonValueKind.String ? uri.GetString() : null;

    private static int Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i) ? i : 0;

    /// <summary>A position: an object with a non-negative integer line and character (a position past the end of a line or the document is clamped later).</summary>
    private static Position ReadPosition(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Number && line.TryGetInt32(out var l) && l >= 0
        && element.TryGetProperty("character", out var character) && character.ValueKind == JsonValueKind.Number && character.TryGetInt32(out var c) && c >= 0
            ? new Position(l, c)
            : throw new RequestException(ErrorCodes.InvalidParams, $"Invalid params: '{name}' must be an object with a non-negative integer 'line' and 'character'.");

    private static LspRange ReadRange(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("start", out var start) && element.TryGetProperty("end", out var end)
            ? new LspRange(ReadPosition(start, name + ".start"), ReadPosition(end, name + ".end"))
            : throw new RequestException(ErrorCodes.InvalidParams, $"Invalid params: '{name}' must be an object with 'start' and 'end'.");

    // ------------------------------------------------------------------ sending

    // Serialized straight into the message: a large result (the semantic tokens of a large report) is not first made a string,
    // then validated and copied again as a raw value.
    private Task RespondAsync<T>(string? id, T result, JsonTypeInfo<T> typeInfo) =>
        SendAsync(id, null, writer => JsonSerializer.Serialize(writer, result, typeInfo), null);

    private Task RespondMaybeAsync<T>(string? id, T? result, JsonTypeInfo<T> typeInfo)
        where T : class =>
        result is null ? RespondNullAsync(id) : RespondAsync(id, result, typeInfo);

    private Task RespondNullAsync(string? id) => SendAsync(id, null, writer => writer.WriteNullValue(), null);

    private Task NotifyAsync<T>(string method, T parameters, JsonTypeInfo<T> typeInfo) =>
        SendAsync(null, method, writer => JsonSerializer.Serialize(writer, parameters, typeInfo), null);

    private Task SendErrorAsync(string? id, int code, string message) =>
        SendAsync(id ?? "null", null, null, new ResponseError(code, message));

    private async Task SendAsync(string? id, string? method, Action<Utf8JsonWriter>? writePayload, ResponseError? error)
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
                writePayload!(writer);
            }
            else if (error is not null)
            {
                writer.WritePropertyName("error");
                writer.WriteRawValue(JsonSerializer.Serialize(error, LspJsonContext.Default.ResponseError));
            }
            else
            {
                writer.WritePropertyName("result");
                writePayload!(writer);
            }

            writer.WriteEndObject();
        }

        await _writer.WriteAsync(stream.GetBuffer().AsMemory(0, (int)stream.Length));
    }
}
