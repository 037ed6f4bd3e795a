using System.Buffers;

namespace IncidentLang.LanguageServer.JsonRpc;

/// <summary>
/// One message's body in an array rented from the shared pool (only the first <see cref="Length"/> bytes are the body).
/// A full-text <c>didChange</c> of a large file is a body of about a megabyte on every keystroke; a new array for each
/// would be a large-object allocation, which the garbage collector only reclaims in a full collection
/// (docs/performance.md, "Language server end to end"). <see cref="Dispose"/> returns the array: nothing may read
/// <see cref="Memory"/> (nor a <c>JsonDocument</c> parsed over it) afterwards.
/// </summary>
public sealed class MessageBody : IDisposable
{
    private byte[]? _array;

    internal MessageBody(int length)
    {
        _array = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => Array.AsMemory(0, Length);

    internal byte[] Array => _array ?? throw new ObjectDisposedException(nameof(MessageBody));

    public byte[] ToArray() => Memory.ToArray();

    public void Dispose()
    {
        if (_array is { } array)
        {
            _array = null;
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
