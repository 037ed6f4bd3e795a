using System.Text.Json;

namespace IncidentLang.LanguageServer.JsonRpc;

/// <summary>
/// What the reader passes to the message loop: a message's body parsed once on the reader's thread (<see cref="Document"/>, over
/// <see cref="Body"/>), or the JSON error that made it unparsable (answered with ParseError), or a framing error. The loop disposes
/// the document, then the body.
/// </summary>
internal readonly record struct IncomingMessage(MessageBody? Body, JsonDocument? Document, string? ParseError, string? FramingError)
{
    /// <summary>When its body had been read (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
    public long Arrived { get; init; }

    /// <summary>How long reading the body took, from its header on (0 unless the stage log is on).</summary>
    public double ReadMs { get; init; }

    /// <summary>How long the reader took to parse it (0 unless the stage log is on).</summary>
    public double ParseMs { get; init; }

    /// <summary>When it was queued for the message loop (a <see cref="System.Diagnostics.Stopwatch"/> timestamp; 0 unless the stage log is on).</summary>
    public long Queued { get; init; }

    public void Dispose()
    {
        Document?.Dispose();
        Body?.Dispose();
    }
}
