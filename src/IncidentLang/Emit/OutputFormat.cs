using IncidentLang.Binding;

namespace IncidentLang.Emit;

/// <summary>One kind of output written per incident (<c>json</c>, <c>html</c>, <c>stix</c>): its name and how it renders.</summary>
public abstract class OutputFormat
{
    /// <summary>The name given to <c>inc build --format</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The file written for an incident, relative to the output folder: <c>salt-typhoon.stix.json</c>.</summary>
    public abstract string FileName(IncidentSymbol incident);

    internal abstract string Render(IncidentSymbol incident, EmitOptions options);

    /// <summary>
    /// Writes the file straight into <paramref name="destination"/> as UTF-8 without a byte order mark: exactly the
    /// bytes of <see cref="Render"/>'s text, without holding that text (a host writing files streams them).
    /// </summary>
    internal abstract void Write(IncidentSymbol incident, EmitOptions options, Stream destination);
}
