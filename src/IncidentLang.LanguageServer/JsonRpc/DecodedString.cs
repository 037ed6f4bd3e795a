using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace IncidentLang.LanguageServer.JsonRpc;

/// <summary>
/// A JSON string value decoded (unescaped, UTF-8 to UTF-16) into an array rented from the shared pool, without a string of its own:
/// a full-text <c>didChange</c> carries the whole document, and only the part that differs from the old text needs to become a new
/// string (docs/performance.md, "Language server end to end"). The decoding is System.Text.Json's own
/// (<see cref="Utf8JsonReader.CopyString(Span{char})"/>), so the characters, and the errors, are those of
/// <see cref="JsonElement.GetString"/>. <see cref="Dispose"/> returns the array.
/// </summary>
public sealed class DecodedString : IDisposable
{
    private char[]? _array;

    private DecodedString(char[] array, int length)
    {
        _array = array;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<char> Memory => (_array ?? throw new ObjectDisposedException(nameof(DecodedString))).AsMemory(0, Length);

    /// <summary>Decodes <paramref name="element"/>, a JSON string.</summary>
    /// <exception cref="InvalidOperationException">It is not a string, or not valid text (as <see cref="JsonElement.GetString"/> throws).</exception>
    public static DecodedString Decode(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw new InvalidOperationException($"A JSON string was expected, not {element.ValueKind}.");
        }

        // The raw value: the quoted, escaped UTF-8 of the message. Every byte of it decodes to at most one UTF-16 character.
        var raw = JsonMarshal.GetRawUtf8Value(element);
        var reader = new Utf8JsonReader(raw);
        reader.Read();
        var array = ArrayPool<char>.Shared.Rent(Math.Max(raw.Length, 1));
        try
        {
            return new DecodedString(array, reader.CopyString(array));
        }
        catch
        {
            ArrayPool<char>.Shared.Return(array);
            throw;
        }
    }

    public override string ToString() => new(Memory.Span);

    public void Dispose()
    {
        if (_array is { } array)
        {
            _array = null;
            ArrayPool<char>.Shared.Return(array);
        }
    }
}
