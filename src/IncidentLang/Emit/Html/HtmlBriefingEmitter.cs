using IncidentLang.Binding;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>Renders <c>&lt;id&gt;.html</c> (the briefing) and <c>index.html</c> through an <see cref="HtmlEncodingTemplateContext"/>.</summary>
public static class HtmlBriefingEmitter
{
    public static string Generator => "IncidentLang " + (typeof(HtmlBriefingEmitter).Assembly.GetName().Version?.ToString(3) ?? "0");

    public static string Emit(Compilation compilation, IncidentSymbol incident, BriefingTemplates? templates = null) =>
        Render((templates ?? BriefingTemplates.Default).Briefing, BriefingModelBuilder.Build(compilation, incident, Generator));

    public static string EmitIndex(IEnumerable<IncidentSymbol> incidents, BriefingTemplates? templates = null)
    {
        var model = new ScriptObject
        {
            ["generator"] = Generator,
            ["incidents"] = new ScriptArray(incidents.Select(i => new ScriptObject
            {
                ["id"] = i.Name,
                ["title"] = i.Title,
                ["href"] = Uri.EscapeDataString(i.Name) + ".html",
                ["reported"] = i.Reported?.Display,
                ["reported_iso"] = i.Reported?.Iso,
                ["status"] = BriefingModelBuilder.Words(i.Status),
                ["tlp"] = i.Tlp,
                ["tlp_label"] = LanguageSchema.TlpLabel(i.Tlp),
            })),
        };
        return Render((templates ?? BriefingTemplates.Default).Index, model);
    }

    internal static string Render(Scriban.Template template, ScriptObject model)
    {
        var context = new HtmlEncodingTemplateContext();
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException exception)
        {
            throw new TemplateException(exception.Message);
        }
    }
}
