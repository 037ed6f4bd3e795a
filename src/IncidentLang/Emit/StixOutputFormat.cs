using IncidentLang.Binding;
using IncidentLang.Emit.Stix;

namespace IncidentLang.Emit;

/// <summary><c>stix</c>: <c>&lt;id&gt;.stix.json</c>, a STIX 2.1 bundle.</summary>
internal sealed class StixOutputFormat : OutputFormat
{
    public override string Name => "stix";

    public override string FileName(IncidentSymbol incident) => incident.Name + ".stix.json";

    internal override string Render(IncidentSymbol incident, EmitOptions options) => StixEmitter.Emit(incident);

    internal override void Write(IncidentSymbol incident, EmitOptions options, Stream destination) => StixEmitter.Write(incident, destination);
}
