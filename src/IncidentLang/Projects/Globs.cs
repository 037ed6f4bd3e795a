using Microsoft.Extensions.FileSystemGlobbing;

namespace IncidentLang.Projects;

/// <summary>
/// The globs of <c>incidentlang.json</c> (<c>catalogs</c>, <c>exclude</c>), relative to its folder, matched by
/// <c>Microsoft.Extensions.FileSystemGlobbing</c>: <c>*</c> within one path segment, <c>**</c> any number of
/// segments (<c>catalog/**/*.inc</c>); separators are '/', case matters. A pattern naming a folder
/// (<c>tests</c> or <c>tests/</c>) covers everything under it.
/// </summary>
internal static class Globs
{
    public static Matcher Create(IEnumerable<string> patterns)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var pattern in patterns)
        {
            var p = pattern.Replace('\\', '/');
            p = (p.StartsWith("./", StringComparison.Ordinal) ? p[2..] : p).TrimEnd('/');
            matcher.AddInclude(p);
            matcher.AddInclude(p + "/**");
        }

        return matcher;
    }

    /// <summary>Matches a path relative to the globs' folder.</summary>
    public static bool IsMatch(this Matcher matcher, string relativePath) => matcher.Match(relativePath.Replace('\\', '/')).HasMatches;
}
