using IncidentLang.Binding;

namespace IncidentLang.Emit.Stix;

/// <summary><c>stix</c>: <c>&lt;id&gt;.stix.json</c>, a STIX 2.1 bundle.</summary>
internal sealed class StixOutputFormat : OutputFormat
{
    public override string Name => "stix";

    public override string FileName(IncidentSymbol incident) => incident.Name + ".stix.json";

    public override string Render(Compilation compilation, IncidentSymbol incident, EmitOptions options) => StixEmitter.Emit(compilation, incident);
}
