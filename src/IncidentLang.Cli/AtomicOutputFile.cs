namespace IncidentLang.Cli;

/// <summary>
/// An output written as it is rendered (docs/performance.md, "Rendering big incidents"), with the guarantees of
/// <see cref="AtomicFile.WriteIfChanged"/>: readers see the old file or the new one, never half of it, and a file that
/// already holds exactly these bytes is left alone (its timestamp stays). While the bytes written match the existing
/// file they are only compared; at the first difference the matching part is copied into a temporary file
/// (<c>.NAME.PID.GUID.tmp</c>, as <see cref="AtomicFile"/> names it) and the rest goes there. Nothing replaces the
/// target until <see cref="Commit"/>; disposing without a commit deletes the temporary file, leaving the target as it was.
/// A write that fails does not throw: the failure is kept, later writes are dropped, and <see cref="Commit"/> throws it,
/// so the renderer finishes and the host reports the failure as an output that cannot be written.
/// </summary>
internal sealed class AtomicOutputFile : Stream
{
    /// <summary>The chunk compared with the existing file, and copied from it (a pooled buffer).</summary>
    private const int BufferSize = 64 * 1024;

    private readonly string _path;
    private FileStream? _existing;
    private long _matched;
    private FileStream? _temporary;
    private string? _temporaryPath;
    private byte[]? _compareBuffer;

    // What goes into the temporary file, gathered in a pooled buffer and written a whole buffer at a time: writes of
    // whole pages, so the file system does not zero the rest of a new page for each write (3 % of a build's time with
    // the renderers' own 8-24 KB writes), and no FileStream buffer of 64 KB allocated per file.
    private byte[]? _pending;
    private int _pendingCount;
    private bool _started;
    private bool _finished;
    private Exception? _failure;

    public AtomicOutputFile(string path) => _path = System.IO.Path.GetFullPath(path);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_failure is not null || buffer.IsEmpty)
        {
            return;
        }

        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            Start();
            if (_existing is not null)
            {
                var matching = Matching(buffer);
                if (matching == buffer.Length)
                {
                    return;
                }

                Diverge();
                buffer = buffer[matching..];
            }

            WriteTemporary(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(e);
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>
    /// Puts what was written in the target's place unless the target already held exactly these bytes. True when the
    /// file was written, false when it was left unchanged. Throws the first failure of a write, or of the rename.
    /// </summary>
    public bool Commit()
    {
        if (Finish(durable: true) is not { } temporary)
        {
            return false;
        }

        ReplaceOrDelete(temporary, _path);
        return true;
    }

    /// <summary>Renames <paramref name="temporary"/> over <paramref name="path"/>; when that fails, deletes it and rethrows.</summary>
    public static void ReplaceOrDelete(string temporary, string path)
    {
        try
        {
            AtomicFile.Replace(temporary, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            AtomicFile.DeleteTemporary(temporary);
            throw;
        }
    }

    /// <summary>
    /// Completes the output without putting it in place: null when the target already holds exactly these bytes, else
    /// the temporary file that holds them, now the caller's to make durable (<see cref="FileSystemSync"/>) and rename over
    /// <see cref="Path"/> (<see cref="AtomicFile.Replace"/>), or delete. Throws the first failure of a write.
    /// </summary>
    public string? Prepare() => Finish(durable: false);

    /// <summary>The target's full path.</summary>
    public string Path => _path;

    private string? Finish(bool durable)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_failure is not null)
        {
            throw _failure;
        }

        Start();
        if (_existing is not null)
        {
            if (_existing.Position == _existing.Length)
            {
                // Every byte written matched, and the file holds no more: it is already this output.
                Close(ref _existing);
                ReturnBuffers();
                _finished = true;
                return null;
            }

            // The new output is a prefix of the old one.
            Diverge();
        }

        WritePending();
        if (durable)
        {
            _temporary!.Flush(flushToDisk: true);
        }

        Close(ref _temporary);
        ReturnBuffers();
        var temporary = _temporaryPath!;
        _temporaryPath = null;
        _finished = true;
        return temporary;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close(ref _existing);
            Close(ref _temporary);
            if (_temporaryPath is not null)
            {
                AtomicFile.DeleteTemporary(_temporaryPath);
                _temporaryPath = null;
            }

            ReturnBuffers();
            _finished = true;
        }

        base.Dispose(disposing);
    }

    /// <summary>On the first write (or the commit of an empty output): compare with the file that is there, or write a new one.</summary>
    private void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        if (File.Exists(_path))
        {
            _existing = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        }
        else
        {
            OpenTemporary();
        }
    }

    /// <summary>
    /// How many bytes at the start of <paramref name="buffer"/> the existing file goes on with, compared a chunk at a
    /// time (all of them, or the whole chunks before the first that differs); they count as <see cref="_matched"/>.
    /// </summary>
    private int Matching(ReadOnlySpan<byte> buffer)
    {
        _compareBuffer ??= System.Buffers.ArrayPool<byte>.Shared.Rent(BufferSize);
        var matching = 0;
        while (matching < buffer.Length)
        {
            var chunk = Math.Min(buffer.Length - matching, BufferSize);
            var read = _existing!.ReadAtLeast(_compareBuffer.AsSpan(0, chunk), chunk, throwOnEndOfStream: false);
            if (read < chunk || !_compareBuffer.AsSpan(0, chunk).SequenceEqual(buffer.Slice(matching, chunk)))
            {
                break;
            }

            _matched += chunk;
            matching += chunk;
        }

        return matching;
    }

    /// <summary>The output differs from the file that is there: the part that matched goes into a new temporary file.</summary>
    private void Diverge()
    {
        var existing = _existing!;
        _existing = null;
        try
        {
            OpenTemporary();
            existing.Position = 0;
            _compareBuffer ??= System.Buffers.ArrayPool<byte>.Shared.Rent(BufferSize);
            var left = _matched;
            while (left > 0)
            {
                var read = existing.Read(_compareBuffer, 0, (int)Math.Min(left, BufferSize));
                if (read == 0)
                {
                    throw new IOException($"'{_path}' changed while it was being compared.");
                }

                WriteTemporary(_compareBuffer.AsSpan(0, read));
                left -= read;
            }
        }
        finally
        {
            existing.Dispose();
        }
    }

    private void OpenTemporary()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(_path)!);
        _temporaryPath = AtomicFile.TemporaryPathFor(_path);
        _temporary = new FileStream(_temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
    }

    private void Fail(Exception e)
    {
        _failure = e;
        Close(ref _existing);
        Close(ref _temporary);
    }

    private void ReturnBuffers()
    {
        if (_compareBuffer is { } buffer)
        {
            _compareBuffer = null;
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        if (_pending is { } pending)
        {
            _pending = null;
            _pendingCount = 0;
            System.Buffers.ArrayPool<byte>.Shared.Return(pending);
        }
    }

    private void WriteTemporary(ReadOnlySpan<byte> bytes)
    {
        var pending = _pending ??= System.Buffers.ArrayPool<byte>.Shared.Rent(BufferSize);
        while (!bytes.IsEmpty)
        {
            var taken = Math.Min(BufferSize - _pendingCount, bytes.Length);
            bytes[..taken].CopyTo(pending.AsSpan(_pendingCount));
            _pendingCount += taken;
            bytes = bytes[taken..];
            if (_pendingCount == BufferSize)
            {
                WritePending();
            }
        }
    }

    private void WritePending()
    {
        if (_pendingCount > 0)
        {
            _temporary!.Write(_pending.AsSpan(0, _pendingCount));
            _pendingCount = 0;
        }
    }

    private static void Close(ref FileStream? stream)
    {
        stream?.Dispose();
        stream = null;
    }
}
