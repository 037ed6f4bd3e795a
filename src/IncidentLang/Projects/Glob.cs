using System.Text;
using System.Text.RegularExpressions;

namespace IncidentLang.Projects;

/// <summary>
/// A path glob relative to a folder: <c>*</c> matches within one path segment, <c>?</c> one
/// character, <c>**</c> any number of segments (<c>catalog/**/*.inc</c>). Separators are '/'.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        Pattern = pattern;
        var p = pattern.Replace('\\', '/');
        if (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p[2..];
        }

        var builder = new StringBuilder("^");
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                var slash = i + 2 < p.Length && p[i + 2] == '/';
                builder.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        // A pattern naming a folder ("tests" or "tests/") covers everything under it.
        builder.Append("(?:/.*)?$");
        _regex = new Regex(builder.ToString(), RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    /// <summary>Matches a path relative to the glob's folder, with '/' separators.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath.Replace('\\', '/'));
}
