using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentLang.Binding;

namespace IncidentLang.Emit.Stix;

/// <summary>
/// Writes <c>&lt;id&gt;.stix.json</c> (docs/language.md, "The STIX bundle"): a STIX 2.1 bundle, with deterministic ids and timestamps,
/// a fixed object and property order, two-space indentation, LF line ends and a final newline, so
/// rebuilding gives the same bytes. Uses <see cref="Utf8JsonWriter"/> only (no reflection; AOT-safe).
/// </summary>
internal static class StixEmitter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // Keep non-ASCII text readable; the file is JSON, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Emit(IncidentSymbol incident) =>
        Serialize(StixBundleBuilder.Build(incident));

    internal static string Serialize(JsonObject bundle)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            bundle.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length) + "\n";
    }

    /// <summary>The bytes of <see cref="Emit"/>, written straight into <paramref name="destination"/>.</summary>
    public static void Write(IncidentSymbol incident, Stream destination)
    {
        using (var writer = new Utf8JsonWriter(destination, WriterOptions))
        {
            StixBundleBuilder.Build(incident).WriteTo(writer);
        }

        destination.Write("\n"u8);
    }
}
