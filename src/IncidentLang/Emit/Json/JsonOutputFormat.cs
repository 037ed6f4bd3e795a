using IncidentLang.Binding;

namespace IncidentLang.Emit.Json;

/// <summary><c>json</c>: <c>&lt;id&gt;.json</c>, the resolved incident (schemas/incident-1.schema.json).</summary>
internal sealed class JsonOutputFormat : OutputFormat
{
    public override string Name => "json";

    public override string FileName(IncidentSymbol incident) => incident.Name + ".json";

    public override string Render(Compilation compilation, IncidentSymbol incident, EmitOptions options) => IncidentJsonEmitter.Emit(compilation, incident);
}
