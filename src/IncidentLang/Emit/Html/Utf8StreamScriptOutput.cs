using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// Scriban's output encoded as UTF-8 (no byte order mark) into a stream, through pooled buffers: what a
/// <see cref="StreamWriter"/> writes — characters gathered, then encoded a buffer at a time — without the 80 KB of
/// buffers a writer allocates, and zeroes, for every briefing (a build of 10,000 reports allocated 800 MB for them;
/// docs/performance.md, "Many files"). A surrogate pair split between two writes is encoded whole; a lone surrogate
/// becomes U+FFFD, as the writer's encoder does. <see cref="Flush"/> writes everything; <see cref="Dispose"/> returns the buffers.
/// </summary>
internal sealed class Utf8StreamScriptOutput : IScriptOutput, IDisposable
{
    private const int CharBufferSize = 8 * 1024;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _destination;
    private readonly Encoder _encoder = Utf8NoBom.GetEncoder();
    private char[]? _chars;
    private byte[]? _bytes;
    private int _count;

    public Utf8StreamScriptOutput(Stream destination)
    {
        _destination = destination;
        _chars = ArrayPool<char>.Shared.Rent(CharBufferSize);

        // Room for a whole buffer of characters, and a high surrogate kept from the previous one.
        _bytes = ArrayPool<byte>.Shared.Rent(Utf8NoBom.GetMaxByteCount(_chars.Length));
    }

    public void Write(string text, int offset, int count)
    {
        var chars = _chars ?? throw new ObjectDisposedException(nameof(Utf8StreamScriptOutput));
        var span = text.AsSpan(offset, count);
        while (!span.IsEmpty)
        {
            if (_count == chars.Length)
            {
                Encode(flush: false);
            }

            var taken = Math.Min(chars.Length - _count, span.Length);
            span[..taken].CopyTo(chars.AsSpan(_count));
            _count += taken;
            span = span[taken..];
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Encodes every character written (and a high surrogate the encoder still holds) into the stream.</summary>
    public void Flush() => Encode(flush: true);

    public void Dispose()
    {
        if (_chars is { } chars)
        {
            _chars = null;
            ArrayPool<char>.Shared.Return(chars);
        }

        if (_bytes is { } bytes)
        {
            _bytes = null;
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>What <c>Template.Render</c> returns for this output: nothing, the text went to the stream.</summary>
    public override string ToString() => string.Empty;

    private void Encode(bool flush)
    {
        var chars = _chars ?? throw new ObjectDisposedException(nameof(Utf8StreamScriptOutput));
        var written = _encoder.GetBytes(chars.AsSpan(0, _count), _bytes, flush);
        _count = 0;
        if (written > 0)
        {
            _destination.Write(_bytes.AsSpan(0, written));
        }
    }
}
