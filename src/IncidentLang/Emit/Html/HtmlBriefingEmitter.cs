using IncidentLang.Binding;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>Renders <c>&lt;id&gt;.html</c> (the briefing) and <c>index.html</c> through an <see cref="HtmlEncodingTemplateContext"/>.</summary>
internal static class HtmlBriefingEmitter
{
    public static string Generator => "IncidentLang " + (typeof(HtmlBriefingEmitter).Assembly.GetName().Version?.ToString(3) ?? "0");

    public static string Emit(IncidentSymbol incident, BriefingTemplates? templates = null) =>
        Render((templates ?? BriefingTemplates.Default).Briefing, BriefingModelBuilder.Build(incident, Generator));

    public static string EmitIndex(IEnumerable<IncidentSymbol> incidents, BriefingTemplates? templates = null)
    {
        var list = incidents.ToList();
        var top = list.Select(i => i.Tlp).Append(Vocabularies.TlpLevels[0]).MaxBy(l => l.Rank)!;
        var model = new ScriptObject
        {
            ["generator"] = Generator,
            ["top_tlp"] = top.Name,
            ["top_tlp_label"] = top.Label,
            ["top_tlp_unrestricted"] = top.Rank == 0,
            ["incidents"] = new ScriptArray(list.Select(i => new ScriptObject
            {
                ["id"] = i.Name,
                ["title"] = i.Title,
                ["href"] = Uri.EscapeDataString(i.Name) + ".html",
                ["reported"] = i.Reported?.Display,
                ["reported_iso"] = i.Reported?.Iso,
                ["status"] = i.Status.Label,
                ["tlp"] = i.Tlp.Name,
                ["tlp_rank"] = i.Tlp.Rank,
                ["tlp_label"] = i.Tlp.Label,
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
