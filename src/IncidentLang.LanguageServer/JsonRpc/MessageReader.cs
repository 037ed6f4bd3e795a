using System.Text;

namespace IncidentLang.LanguageServer.JsonRpc;

/// <summary>
/// Reads LSP base-protocol messages: header lines (<c>Content-Length: N</c>, optionally
/// <c>Content-Type</c>; other headers are ignored), an empty line, then N bytes of UTF-8 JSON.
/// Returns null at the end of the stream (also in the middle of a body). Never throws on bad
/// input: a header block without a valid <c>Content-Length</c> (missing, not a decimal number, or
/// more than <see cref="MaxContentLength"/>) or a line that is not a header is a framing error —
/// reported once through <c>framingError</c> — after which the reader skips lines up to the next
/// <c>Content-Length:</c> (also one in the middle of a line) and goes on from there (docs/reliability.md, "Malformed messages").
/// </summary>
public sealed class MessageReader(Stream input, Action<string>? framingError = null)
{
    /// <summary>The largest body accepted (256 MiB); a larger Content-Length is a framing error.</summary>
    public const int MaxContentLength = 256 * 1024 * 1024;

    private const int MaxHeaderLine = 8192;

    private readonly Stream _input = input;
    private readonly Action<string>? _framingError = framingError;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _skipping;

    /// <summary>When the last body's header was read (a <see cref="System.Diagnostics.Stopwatch"/> timestamp): its body took from then to its return.</summary>
    public long LastHeaderReadAt { get; private set; }

    /// <summary>The next message's body as a new array; null at the end of the stream.</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        using var body = await ReadBodyAsync(cancellationToken);
        return body?.ToArray();
    }

    /// <summary>
    /// The next message's body in a pooled array (the caller disposes it); null at the end of the stream. What the read buffer
    /// holds is copied into it, the rest of a large body is read from the stream straight into it.
    /// </summary>
    public async Task<MessageBody?> ReadBodyAsync(CancellationToken cancellationToken)
    {
        var contentLength = -1;
        string? problem = null;
        var sawHeader = false;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (!sawHeader)
                {
                    continue; // blank lines between messages (or while skipping) are harmless
                }

                problem ??= contentLength < 0 ? "a header block without Content-Length" : null;
                if (problem is null)
                {
                    break;
                }

                // The length of what follows is unknown: skip lines up to the next Content-Length.
                Report(problem);
                (contentLength, problem, sawHeader) = (-1, null, false);
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsToken(line.AsSpan(0, colon)))
            {
                // Not a header: the rest of a body whose length was wrong or unknown. A Content-Length
                // later on the line (a body without a line break runs into the next header) starts the next block.
                Report($"a line that is not a header: '{Shorten(line)}'");
                (contentLength, problem, sawHeader) = (-1, null, false);
                var next = line.IndexOf("Content-Length:", StringComparison.OrdinalIgnoreCase);
                if (next <= 0)
                {
                    continue;
                }

                line = line[next..];
                colon = line.IndexOf(':');
            }

            sawHeader = true;
            if (line[..colon].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                var value = line[(colon + 1)..].Trim();
                if (long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length) && length <= MaxContentLength)
                {
                    contentLength = (int)length;
                }
                else
                {
                    problem ??= $"Content-Length '{Shorten(value)}' is not a length from 0 to {MaxContentLength}";
                }
            }
        }

        LastHeaderReadAt = System.Diagnostics.Stopwatch.GetTimestamp();
        var body = new MessageBody(contentLength);
        try
        {
            var read = Math.Min(contentLength, _end - _start);
            _buffer.AsSpan(_start, read).CopyTo(body.Array);
            _start += read;
            while (read < contentLength)
            {
                // The rest of a body larger than the buffer goes straight into it, in as few reads as the stream allows.
                int n;
                if (contentLength - read >= _buffer.Length)
                {
                    n = await _input.ReadAsync(body.Array.AsMemory(read, contentLength - read), cancellationToken);
                }
                else if (await FillAsync(cancellationToken))
                {
                    n = Math.Min(contentLength - read, _end - _start);
                    _buffer.AsSpan(_start, n).CopyTo(body.Array.AsSpan(read));
                    _start += n;
                }
                else
                {
                    n = 0;
                }

                if (n == 0)
                {
                    body.Dispose();
                    return null;
                }

                read += n;
            }
        }
        catch
        {
            body.Dispose();
            throw;
        }

        _skipping = false;
        return body;
    }

    /// <summary>Reports a framing error, once until the next good message.</summary>
    private void Report(string problem)
    {
        if (!_skipping)
        {
            _skipping = true;
            _framingError?.Invoke($"Invalid message header: {problem}; skipping to the next Content-Length header.");
        }
    }

    /// <summary>Reads one header line (without its CR LF); null at the end of the stream. Of an over-long line, the end is kept.</summary>
    private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new List<byte>();
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
            {
                return line.Count == 0 ? null : Encoding.Latin1.GetString([.. line]);
            }

            var b = _buffer[_start++];
            if (b == '\n')
            {
                if (line.Count > 0 && line[^1] == '\r')
                {
                    line.RemoveAt(line.Count - 1);
                }

                return Encoding.Latin1.GetString([.. line]);
            }

            line.Add(b);
            if (line.Count > 2 * MaxHeaderLine)
            {
                line.RemoveRange(0, MaxHeaderLine);
            }
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = await _input.ReadAsync(_buffer, cancellationToken);
        return _end > 0;
    }

    private static bool IsToken(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
