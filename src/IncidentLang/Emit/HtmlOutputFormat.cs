using IncidentLang.Binding;
using IncidentLang.Emit.Html;

namespace IncidentLang.Emit;

/// <summary><c>html</c>: <c>&lt;id&gt;.html</c>, the briefing rendered through the Scriban templates.</summary>
internal sealed class HtmlOutputFormat : OutputFormat
{
    public override string Name => "html";

    public override string FileName(IncidentSymbol incident) => incident.Name + ".html";

    internal override string Render(IncidentSymbol incident, EmitOptions options) => HtmlBriefingEmitter.Emit(incident, options.Templates);

    internal override void Write(IncidentSymbol incident, EmitOptions options, Stream destination) => HtmlBriefingEmitter.Write(incident, destination, options.Templates);
}
