using System.Reflection;
using Scriban;

namespace IncidentLang.Emit.Html;

/// <summary>
/// The briefing and index templates: embedded defaults, or <c>briefing.html.scriban</c> /
/// <c>index.html.scriban</c> from a folder given with <c>--template DIR</c>.
/// </summary>
public sealed class BriefingTemplates
{
    public const string BriefingFile = "briefing.html.scriban";
    public const string IndexFile = "index.html.scriban";

    private BriefingTemplates(Template briefing, Template index)
    {
        Briefing = briefing;
        Index = index;
    }

    public Template Briefing { get; }

    public Template Index { get; }

    public static BriefingTemplates Default { get; } = new(ParseChecked(ReadEmbedded(BriefingFile), BriefingFile), ParseChecked(ReadEmbedded(IndexFile), IndexFile));

    /// <summary>Loads templates from a folder; a file that is absent falls back to the default. Throws <see cref="TemplateException"/> on a bad template.</summary>
    public static BriefingTemplates FromDirectory(string directory)
    {
        Template Load(string file, Template fallback)
        {
            var path = Path.Combine(directory, file);
            return File.Exists(path) ? ParseChecked(File.ReadAllText(path), path) : fallback;
        }

        return new BriefingTemplates(Load(BriefingFile, Default.Briefing), Load(IndexFile, Default.Index));
    }

    private static Template ParseChecked(string text, string name)
    {
        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            throw new TemplateException($"{name}: " + string.Join("; ", template.Messages.Select(m => m.ToString())));
        }

        return template;
    }

    private static string ReadEmbedded(string file)
    {
        using var stream = typeof(BriefingTemplates).Assembly.GetManifestResourceStream("IncidentLang.Templates." + file)
            ?? throw new InvalidOperationException($"Embedded template {file} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
