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

    private BriefingTemplates(Template briefing, Template index, TemplateFolderLoader? loader)
    {
        Briefing = briefing;
        Index = index;
        Loader = loader;
    }

    public Template Briefing { get; }

    public Template Index { get; }

    /// <summary>What <c>include</c> reads through: the folder of user templates, or none for the built-in ones.</summary>
    internal TemplateFolderLoader? Loader { get; }

    public static BriefingTemplates Default { get; } = new(ParseChecked(ReadEmbedded(BriefingFile), BriefingFile), ParseChecked(ReadEmbedded(IndexFile), IndexFile), null);

    /// <summary>
    /// Loads templates from a folder; a file that is absent falls back to the default. Throws <see cref="TemplateException"/>
    /// on a bad template, with a <see cref="TemplateException.Diagnostic"/> (INC3004) when a template is a link out of the folder.
    /// What the templates include is read from the folder only (<see cref="TemplateFolderLoader"/>).
    /// </summary>
    public static BriefingTemplates FromDirectory(string directory)
    {
        var loader = new TemplateFolderLoader(directory);
        Template Load(string file, Template fallback) =>
            loader.ReadTopLevel(file) is { } text ? ParseChecked(text, Path.Combine(directory, file)) : fallback;

        return new BriefingTemplates(Load(BriefingFile, Default.Briefing), Load(IndexFile, Default.Index), loader);
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
