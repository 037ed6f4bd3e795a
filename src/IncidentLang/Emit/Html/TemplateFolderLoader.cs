using System.Collections.Concurrent;
using IncidentLang.Diagnostics;
using IncidentLang.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// The only way a user template reads a file: <c>include "NAME"</c> resolves NAME inside the
/// <c>--template</c> folder, and nowhere else. An absolute path, a path that climbs out with <c>..</c>, and
/// a file or folder that is a symbolic link to a place outside the folder are refused (INC3004); a name
/// with no file is INC3005. Both are diagnostics at the <c>include</c> in the template that asked.
/// </summary>
internal sealed class TemplateFolderLoader : ITemplateLoader
{
    private const int MaximumLinkHops = 40;

    private readonly ConcurrentDictionary<string, SourceText> _texts = new(StringComparer.Ordinal);

    public TemplateFolderLoader(string folder)
    {
        Folder = folder;
        FullFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        RealFolder = Path.TrimEndingDirectorySeparator(RealPath(FullFolder));
    }

    /// <summary>The folder as the user named it (in messages).</summary>
    public string Folder { get; }

    private string FullFolder { get; }

    private string RealFolder { get; }

    /// <summary>Reads one of the folder's own templates (<c>briefing.html.scriban</c>, <c>index.html.scriban</c>): null when it is absent; INC3004 when it is a link out of the folder.</summary>
    public string? ReadTopLevel(string file)
    {
        var path = Path.Combine(Folder, file);
        if (!File.Exists(path))
        {
            return null;
        }

        if (LinkProblem(Path.GetFullPath(path)) is { } problem)
        {
            var text = SourceText.From(string.Empty, path);
            throw new TemplateException(Diagnostic.Create(DiagnosticDescriptors.TemplateOutsideFolder, text, new TextSpan(0, 0), file, problem, Folder));
        }

        var content = File.ReadAllText(path);
        _texts[path] = SourceText.From(content, path);
        return content;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        string Refuse(DiagnosticDescriptor descriptor, params object?[] args) =>
            throw new TemplateException(Diagnostic.Create(descriptor, CallerLocation(callerSpan), args));

        if (string.IsNullOrWhiteSpace(templateName) || templateName.Contains('\0', StringComparison.Ordinal))
        {
            return Refuse(DiagnosticDescriptors.TemplateNotFound, templateName, Folder);
        }

        if (Path.IsPathRooted(templateName) || templateName.StartsWith('~'))
        {
            return Refuse(DiagnosticDescriptors.TemplateOutsideFolder, templateName, "is an absolute path", Folder);
        }

        var full = Path.GetFullPath(Path.Combine(FullFolder, templateName));
        if (!IsInside(full, FullFolder))
        {
            return Refuse(DiagnosticDescriptors.TemplateOutsideFolder, templateName, "leads out of the folder", Folder);
        }

        if (!File.Exists(full))
        {
            return Refuse(DiagnosticDescriptors.TemplateNotFound, templateName, Folder);
        }

        if (LinkProblem(full) is { } problem)
        {
            return Refuse(DiagnosticDescriptors.TemplateOutsideFolder, templateName, problem, Folder);
        }

        // The name Scriban parses the included template under, and the path its diagnostics show.
        return Path.Combine(Folder, Path.GetRelativePath(FullFolder, full));
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        // Checked again as it is read: the file may have been replaced by a link since GetPath.
        if (LinkProblem(Path.GetFullPath(templatePath)) is { } problem)
        {
            throw new TemplateException(Diagnostic.Create(DiagnosticDescriptors.TemplateOutsideFolder, CallerLocation(callerSpan), templatePath, problem, Folder));
        }

        var content = File.ReadAllText(templatePath);
        _texts[templatePath] = SourceText.From(content, templatePath);
        return content;
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));

    /// <summary>The <c>include …</c> expression in the template that asked, as a location of a diagnostic.</summary>
    private Location CallerLocation(SourceSpan span)
    {
        var text = _texts.GetValueOrDefault(span.FileName ?? string.Empty) ?? SourceText.From(string.Empty, span.FileName ?? Folder);
        var start = Math.Clamp(span.Start.Offset, 0, text.Length);
        var end = Math.Clamp(span.End.Offset + 1, start, text.Length);
        return new Location(text, TextSpan.FromBounds(start, end));
    }

    /// <summary>Null when the file the operating system would open for <paramref name="fullPath"/> is inside the folder; else why not.</summary>
    private string? LinkProblem(string fullPath)
    {
        try
        {
            return IsInside(RealPath(fullPath), RealFolder) ? null : "is a link to a file outside the folder";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "is a link that cannot be followed (a cycle, or more than 40 links)";
        }
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The path with every symbolic link along it followed (what the operating system would open).</summary>
    internal static string RealPath(string fullPath, int hops = 0)
    {
        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (hops >= MaximumLinkHops)
                {
                    throw new IOException($"Too many levels of symbolic links at '{next}'.");
                }

                next = RealPath(Path.GetFullPath(target, current), hops + 1);
            }

            current = next;
        }

        return current;
    }
}
