using System.Text;

namespace IncidentLang.Binding;

/// <summary>
/// Prose in triple-quoted strings (docs/language.md, "Strings"): a blank line separates paragraphs and a
/// single line break is a soft wrap. The bound value folds soft wraps to one space and joins paragraphs
/// with a blank line (<c>\n\n</c>), so every output shows the same paragraphs.
/// </summary>
internal static class ProseText
{
    public static string Fold(string text)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(trimmed);
        }

        Flush();
        return string.Join("\n\n", paragraphs);

        void Flush()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
