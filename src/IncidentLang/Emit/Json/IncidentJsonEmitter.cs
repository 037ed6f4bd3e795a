using System.Text.Encodings.Web;
using System.Text.Json;
using IncidentLang.Binding;

namespace IncidentLang.Emit.Json;

/// <summary>Writes <c>&lt;id&gt;.json</c> (docs/language.md, "Outputs"): stable key order, byte-identical on rebuild, LF line ends, final newline.</summary>
internal static class IncidentJsonEmitter
{
    private static readonly IncidentJsonContext Context = new(new JsonSerializerOptions(IncidentJsonContext.Default.Options)
    {
        // Keep non-ASCII text readable; the file is JSON, not HTML, so HTML-sensitive characters need no escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Emit(IncidentSymbol incident) => Serialize(IncidentModelBuilder.Build(incident));

    public static string Serialize(IncidentDocument document) => JsonSerializer.Serialize(document, Context.IncidentDocument) + "\n";

    /// <summary>The bytes of <see cref="Emit"/>, serialized (UTF-8) straight into <paramref name="destination"/>.</summary>
    public static void Write(IncidentSymbol incident, Stream destination)
    {
        JsonSerializer.Serialize(destination, IncidentModelBuilder.Build(incident), Context.IncidentDocument);
        destination.Write("\n"u8);
    }
}
