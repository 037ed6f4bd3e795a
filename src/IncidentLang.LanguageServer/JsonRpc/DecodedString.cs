using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace IncidentLang.LanguageServer.JsonRpc;

/// <summary>
/// A JSON string value decoded (unescaped, UTF-8 to UTF-16) into an array rented from the shared pool, without a string of its own:
/// a full-text <c>didChange</c> carries the whole document, and only the part that differs from the old text needs to become a new
/// string (docs/performance.md, "Language server end to end"). The common case is unescaped in one pass from the message's bytes
/// (the document has validated them); anything unusual is left to System.Text.Json (<see cref="Utf8JsonReader.CopyString(Span{char})"/>),
/// so the characters, and the errors, are those of <see cref="JsonElement.GetString"/>. <see cref="Dispose"/> returns the array.
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
        var array = ArrayPool<char>.Shared.Rent(Math.Max(raw.Length, 1));
        try
        {
            // The document has validated the JSON: the common case (valid UTF-8, escapes that are characters or surrogate pairs)
            // is unescaped here in one pass, straight into the characters; anything else goes through System.Text.Json.
            if (TryUnescape(raw[1..^1], array) is var written and >= 0)
            {
                return new DecodedString(array, written);
            }

            var reader = new Utf8JsonReader(raw);
            reader.Read();
            return new DecodedString(array, reader.CopyString(array));
        }
        catch
        {
            ArrayPool<char>.Shared.Return(array);
            throw;
        }
    }

    /// <summary>
    /// The characters of a validated JSON string's content (between its quotes): runs of UTF-8 transcoded at once, escapes one by one.
    /// -1 for anything System.Text.Json should decide (invalid UTF-8, a surrogate escape that is not half of a pair), which it
    /// decodes the same way or rejects as <see cref="JsonElement.GetString"/> does.
    /// </summary>
    internal static int TryUnescape(ReadOnlySpan<byte> content, Span<char> destination)
    {
        var written = 0;
        while (true)
        {
            var backslash = content.IndexOf((byte)'\\');

            // A backslash is ASCII, never inside a multi-byte sequence: each run ends on a character boundary.
            var run = backslash < 0 ? content : content[..backslash];
            if (System.Text.Unicode.Utf8.ToUtf16(run, destination[written..], out _, out var chars, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return -1;
            }

            written += chars;
            if (backslash < 0)
            {
                return written;
            }

            content = content[backslash..];
            char c;
            var length = 2;
            switch (content[1])
            {
                case (byte)'"': c = '"'; break;
                case (byte)'\\': c = '\\'; break;
                case (byte)'/': c = '/'; break;
                case (byte)'b': c = '\b'; break;
                case (byte)'f': c = '\f'; break;
                case (byte)'n': c = '\n'; break;
                case (byte)'r': c = '\r'; break;
                case (byte)'t': c = '\t'; break;
                case (byte)'u':
                    c = (char)Hex(content.Slice(2, 4));
                    length = 6;
                    if (char.IsLowSurrogate(c))
                    {
                        return -1;
                    }

                    if (char.IsHighSurrogate(c))
                    {
                        if (content.Length < 12 || content[6] != (byte)'\\' || content[7] != (byte)'u' || !char.IsLowSurrogate((char)Hex(content.Slice(8, 4))))
                        {
                            return -1;
                        }

                        destination[written++] = c;
                        c = (char)Hex(content.Slice(8, 4));
                        length = 12;
                    }

                    break;
                default:
                    return -1;
            }

            destination[written++] = c;
            content = content[length..];
        }
    }

    private static int Hex(ReadOnlySpan<byte> digits) =>
        int.Parse(digits, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);

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
