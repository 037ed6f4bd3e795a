using IncidentLang.Binding;
using IncidentLang.Emit.Json;

namespace IncidentLang.Emit;

/// <summary><c>json</c>: <c>&lt;id&gt;.json</c>, the resolved incident (schemas/incident-1.schema.json).</summary>
internal sealed class JsonOutputFormat : OutputFormat
{
    public override string Name => "json";

    public override string FileName(IncidentSymbol incident) => incident.Name + ".json";

    internal override string Render(IncidentSymbol incident, EmitOptions options) => IncidentJsonEmitter.Emit(incident);

    internal override void Write(IncidentSymbol incident, EmitOptions options, Stream destination) => IncidentJsonEmitter.Write(incident, destination);
}
