namespace IncidentLang.LanguageServer.Workspace;

/// <summary>Converts between LSP document URIs and local paths. Non-file URIs (untitled:) keep the URI as their "path".</summary>
public static class DocumentUri
{
    public static string ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : uri;

    public static string FromPath(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path;
}
