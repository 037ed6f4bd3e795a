namespace IncidentLang.Emit.Html;

/// <summary>
/// Prose as paragraphs (docs/language.md, "Prose"): a blank line (a line holding only white space)
/// separates paragraphs; a single line break inside a paragraph is a soft wrap, folded to one space.
/// </summary>
internal static class Prose
{
    /// <summary>What <see cref="string.ReplaceLineEndings(string)"/> takes for a line end: CR, LF, FF, NEL, LS, PS.</summary>
    private static readonly System.Buffers.SearchValues<char> LineEndings = System.Buffers.SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    public static IReadOnlyList<string> Paragraphs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        if (text.AsSpan().IndexOfAny(LineEndings) < 0)
        {
            // One line (most prose: a claim's text, a note): one paragraph, without splitting.
            return [text.Trim()];
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

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "No", "vs", "etc", "approx", "Gen", "Gov", "Sen", "Rep", "Dept",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>
    /// The first sentence of a paragraph: up to the first '.', '!' or '?' that is followed by a space and
    /// a capital letter, digit or opening quote, and that does not end an abbreviation ("U.S.", "e.g.",
    /// "Inc.", a single initial). The whole paragraph when no such end is found.
    /// </summary>
    public static string FirstSentence(string paragraph)
    {
        for (var i = 0; i < paragraph.Length - 2; i++)
        {
            var c = paragraph[i];
            if (c is not ('.' or '!' or '?') || paragraph[i + 1] != ' ')
            {
                continue;
            }

            var next = paragraph[i + 2];
            if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '‘' or '\''))
            {
                continue;
            }

            if (c == '.')
            {
                var start = i;
                while (start > 0 && paragraph[start - 1] != ' ')
                {
                    start--;
                }

                var word = paragraph[start..i].TrimStart('(', '"', '“');
                if (word.Contains('.', StringComparison.Ordinal) || (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word))
                {
                    continue;
                }
            }

            return paragraph[..(i + 1)];
        }

        return paragraph;
    }
}
