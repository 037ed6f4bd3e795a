using IncidentLang.Binding;
using IncidentLang.Emit.Common;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>Renders <c>&lt;id&gt;.html</c> (the briefing) and <c>index.html</c> through an <see cref="HtmlEncodingTemplateContext"/>.</summary>
internal static class HtmlBriefingEmitter
{
    public static string Generator => "IncidentLang " + (typeof(HtmlBriefingEmitter).Assembly.GetName().Version?.ToString(3) ?? "0");

    public static string Emit(IncidentSymbol incident, BriefingTemplates? templates = null)
    {
        templates ??= BriefingTemplates.Default;
        return Render(templates.Briefing, BriefingModelBuilder.Build(incident, Generator), TemplateLimits.For(incident), templates.Loader, LiveIndicatorDefanger.For([incident]));
    }

    /// <summary>The bytes of <see cref="Emit"/> (UTF-8, no byte order mark), rendered straight into <paramref name="destination"/>.</summary>
    public static void Write(IncidentSymbol incident, Stream destination, BriefingTemplates? templates = null)
    {
        templates ??= BriefingTemplates.Default;
        using var output = new Utf8StreamScriptOutput(destination);
        Render(templates.Briefing, BriefingModelBuilder.Build(incident, Generator), TemplateLimits.For(incident), templates.Loader, LiveIndicatorDefanger.For([incident]), output: output);
        output.Flush();
    }

    public static string EmitIndex(IEnumerable<IncidentSymbol> incidents, BriefingTemplates? templates = null) =>
        EmitIndex(incidents.Select(IncidentIndexEntry.Of), templates);

    /// <summary>The index of the incidents the entries were made from.</summary>
    public static string EmitIndex(IEnumerable<IncidentIndexEntry> entries, BriefingTemplates? templates = null)
    {
        var list = entries.ToList();
        templates ??= BriefingTemplates.Default;
        var top = list.Select(i => i.Tlp).Append(Vocabularies.TlpLevels[0]).MaxBy(l => l.Rank)!;
        var model = new ScriptObject
        {
            ["generator"] = Generator,
            ["top_tlp"] = top.Name,
            ["top_tlp_label"] = top.Label,
            ["top_tlp_unrestricted"] = top.Rank == 0,
            ["incidents"] = new ScriptArray(Newest(list).Select(e => e.Model)),
        };
        // The index lists each incident once: sized by their number (and their summaries' length).
        var limits = TemplateLimits.For(list.Count, list.Sum(i => i.SummaryLength));
        return Render(templates.Index, model, limits, templates.Loader, LiveIndicatorDefanger.For(list));
    }

    /// <summary>The index's order: newest reported first, incidents without a reported date last, then by ID.</summary>
    internal static IEnumerable<IncidentIndexEntry> Newest(IEnumerable<IncidentIndexEntry> incidents) =>
        incidents.OrderBy(i => i.Reported is null)
            .ThenByDescending(i => i.Reported?.FirstInstantUtc)
            .ThenBy(i => i.Name, StringComparer.Ordinal);

    /// <summary>The index's template model of one incident.</summary>
    internal static ScriptObject IndexEntry(IncidentSymbol i)
    {
        var participants = EmitParticipants.Of(i);
        var summary = Prose.Paragraphs(i.Summary);
        return new ScriptObject
        {
            ["id"] = i.Name,
            ["title"] = i.Title,
            ["href"] = Uri.EscapeDataString(i.Name) + ".html",
            ["reported"] = i.Reported?.Display,
            ["reported_iso"] = i.Reported?.Iso,
            ["status"] = i.Status.Name,
            ["status_words"] = i.Status.Label,
            ["status_label"] = i.Status.Description,
            ["activity"] = i.GetProperty(IncidentProperties.Activity) is null ? null : i.Activity.Name,
            ["activity_words"] = i.Activity.Label,
            ["activity_label"] = i.Activity.Description,
            ["tlp"] = i.Tlp.Name,
            ["tlp_rank"] = i.Tlp.Rank,
            ["tlp_label"] = i.Tlp.Label,
            ["bottom_line"] = summary.Count > 0 ? Prose.FirstSentence(summary[0]) : null,
            ["key_judgements"] = i.KeyJudgements.Count(),
            ["actions"] = i.Recommendations.Count(),
            ["indicators"] = participants.Indicators.Length,
        };
    }

    /// <summary>
    /// Renders through an <see cref="HtmlEncodingTemplateContext"/> with <paramref name="limits"/>. A template that fails
    /// is a <see cref="TemplateException"/>: the refusal of an <c>include</c> with its diagnostic, or Scriban's message
    /// (with the limits of this input when one was reached), never a partial page.
    /// </summary>
    /// <param name="output">Where the page goes as it is rendered (the result is then empty); null to return it as a string.</param>
    internal static string Render(Scriban.Template template, ScriptObject model, TemplateLimits limits, TemplateFolderLoader? loader = null, LiveIndicatorDefanger? defanger = null, IScriptOutput? output = null)
    {
        var builtIn = ReferenceEquals(template, BriefingTemplates.Default.Briefing) || ReferenceEquals(template, BriefingTemplates.Default.Index);
        var context = new HtmlEncodingTemplateContext(limits, loader, defanger, sharedBuiltins: builtIn);
        context.PushGlobal(model);
        if (output is not null)
        {
            context.PushOutput(output);
        }

        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException exception)
        {
            for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
            {
                if (inner is TemplateException refused)
                {
                    throw refused;
                }
            }

            var message = exception.Message;
            throw new TemplateException(IsLimit(message) ? message + " (" + limits.Describe() + ")" : message);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new TemplateException("the template nests too deeply (" + limits.Describe() + ")");
        }
    }

    private static bool IsLimit(string message) =>
        message.Contains("limit", StringComparison.OrdinalIgnoreCase);
}
