using IncidentLang.Binding;

namespace IncidentLang.Emit.Html;

/// <summary><c>html</c>: <c>&lt;id&gt;.html</c>, the briefing rendered through the Scriban templates.</summary>
internal sealed class HtmlOutputFormat : OutputFormat
{
    public override string Name => "html";

    public override string FileName(IncidentSymbol incident) => incident.Name + ".html";

    public override string Render(Compilation compilation, IncidentSymbol incident, EmitOptions options) => HtmlBriefingEmitter.Emit(compilation, incident, options.Templates);
}
