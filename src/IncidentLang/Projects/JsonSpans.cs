using System.Text;
using System.Text.Json;
using IncidentLang.Text;

namespace IncidentLang.Projects;

/// <summary>
/// Finds where a <see cref="JsonElement"/> or property name sits in the source text, so
/// configuration diagnostics point at the offending value. <see cref="JsonDocument"/> keeps no
/// positions, so each element's raw text is located in order from a moving cursor.
/// </summary>
internal sealed class JsonSpans(byte[] utf8, SourceText text)
{
    private int _cursor;

    public TextSpan Of(JsonElement element) => Find(element.GetRawText());

    /// <summary>The quoted name of a property.</summary>
    public TextSpan OfName(JsonProperty property) => Find(JsonSerializer.Serialize(property.Name, ConfigurationJsonContext.Default.String));

    private TextSpan Find(string raw)
    {
        var needle = Encoding.UTF8.GetBytes(raw);
        var index = utf8.AsSpan(_cursor).IndexOf(needle);
        if (index < 0)
        {
            index = utf8.AsSpan().IndexOf(needle);
            if (index < 0)
            {
                return new TextSpan(0, 0);
            }
        }
        else
        {
            index += _cursor;
        }

        _cursor = index;
        var start = Encoding.UTF8.GetCharCount(utf8, 0, index);
        return new TextSpan(Math.Min(start, text.Length), Math.Min(raw.Length, text.Length - Math.Min(start, text.Length)));
    }
}
