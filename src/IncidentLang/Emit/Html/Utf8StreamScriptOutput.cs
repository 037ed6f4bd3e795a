using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// Scriban's output encoded as UTF-8 (no byte order mark) straight into a stream through one pooled buffer: what a
/// <see cref="StreamWriter"/> writes, without the 80 KB of character and byte buffers a writer allocates, and zeroes, for
/// every briefing (a build of 10,000 reports allocated 800 MB for them; docs/performance.md, "Many files").
/// A surrogate pair split between two writes is encoded whole; a lone surrogate becomes U+FFFD, as the writer's encoder
/// does. <see cref="Flush"/> writes what is buffered; <see cref="Dispose"/> returns the buffer.
/// </summary>
internal sealed class Utf8StreamScriptOutput(Stream destination) : IScriptOutput, IDisposable
{
    private const int BufferSize = 32 * 1024;

    /// <summary>Room kept for one character's bytes (and a pending high surrogate's) before encoding more.</summary>
    private const int Reserve = 16;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Encoder _encoder = Utf8NoBom.GetEncoder();
    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;

    public void Write(string text, int offset, int count) => Encode(text.AsSpan(offset, count), flush: false);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Encodes what the encoder still holds and writes every buffered byte to the stream.</summary>
    public void Flush()
    {
        Encode([], flush: true);
        Drain();
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>What <c>Template.Render</c> returns for this output: nothing, the text went to the stream.</summary>
    public override string ToString() => string.Empty;

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(Utf8StreamScriptOutput));
        while (true)
        {
            if (buffer.Length - _used < Reserve)
            {
                Drain();
            }

            _encoder.Convert(chars, buffer.AsSpan(_used), flush, out var charsUsed, out var bytesUsed, out var completed);
            _used += bytesUsed;
            chars = chars[charsUsed..];
            if (chars.IsEmpty && (completed || !flush))
            {
                return;
            }

            Drain();
        }
    }

    private void Drain()
    {
        if (_used > 0)
        {
            destination.Write(_buffer.AsSpan(0, _used));
            _used = 0;
        }
    }
}
