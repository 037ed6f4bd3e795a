using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IncidentLang.Binding;

namespace IncidentLang.Emit.Json;

/// <summary>Writes <c>&lt;id&gt;.json</c> (docs/language.md, "Outputs"): stable key order, byte-identical on rebuild, LF line ends, final newline.</summary>
internal static class IncidentJsonEmitter
{
    /// <summary>
    /// Indented with LF line ends, and non-ASCII text kept readable: the file is JSON, not HTML, so HTML-sensitive characters
    /// need no escaping. The writer carries these, so that the serializer takes the source generator's fast path, which a
    /// serializer option of its own (an encoder) would turn off for the metadata-driven one (a fifth of rendering the JSON; issue 11).
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    public static string Emit(IncidentSymbol incident) => Serialize(IncidentModelBuilder.Build(incident));

    public static string Serialize(IncidentDocument document)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, document, IncidentJsonContext.Default.IncidentDocument);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>The bytes of <see cref="Emit"/>, serialized (UTF-8) straight into <paramref name="destination"/>.</summary>
    public static void Write(IncidentSymbol incident, Stream destination)
    {
        using (var writer = new Utf8JsonWriter(destination, WriterOptions))
        {
            JsonSerializer.Serialize(writer, IncidentModelBuilder.Build(incident), IncidentJsonContext.Default.IncidentDocument);
        }

        destination.Write("\n"u8);
    }
}
