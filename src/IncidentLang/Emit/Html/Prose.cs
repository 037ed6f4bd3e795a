namespace IncidentLang.Emit.Html;

/// <summary>
/// Prose as paragraphs (docs/language.md, "Prose"): a blank line (a line holding only white space)
/// separates paragraphs; a single line break inside a paragraph is a soft wrap, folded to one space.
/// </summary>
internal static class Prose
{
    public static IReadOnlyList<string> Paragraphs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
            }
            else
            {
                current.Add(line.Trim());
            }
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
        }
    }
}
