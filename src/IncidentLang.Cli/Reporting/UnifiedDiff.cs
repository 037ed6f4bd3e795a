using System.Globalization;
using System.Text;

namespace IncidentLang.Cli.Reporting;

/// <summary>
/// <c>inc check --fix --dry-run</c>: the change to one file as a unified diff, as <c>diff -u</c>
/// and <c>git diff</c> print it, so <c>patch -p1</c> (or <c>git apply</c>) can apply it:
/// <c>--- a/path</c>, <c>+++ b/path</c> (an absolute path without the <c>a/</c> <c>b/</c>
/// prefixes), then <c>@@ -l,c +l,c @@</c> hunks with <see cref="Context"/> lines of context
/// (a count of 1 is left out, as diff does), and <c>\ No newline at end of file</c> where it applies.
/// Lines are compared whole (a CR of a CRLF line is part of it); the edit script is Myers' shortest one.
/// </summary>
internal static class UnifiedDiff
{
    public const int Context = 3;

    public static string Create(string path, string oldText, string newText)
    {
        var a = Lines(oldText);
        var b = Lines(newText);
        var edits = Edits(a, b);
        if (edits.All(e => e.Kind == ' '))
        {
            return string.Empty;
        }

        var absolute = Path.IsPathFullyQualified(path);
        var builder = new StringBuilder();
        builder.Append("--- ").Append(absolute ? path : "a/" + path).Append('\n');
        builder.Append("+++ ").Append(absolute ? path : "b/" + path).Append('\n');
        var index = 0;
        while (true)
        {
            var firstChange = edits.FindIndex(index, e => e.Kind != ' ');
            if (firstChange < 0)
            {
                break;
            }

            // A hunk runs from Context lines before its first change to Context lines after its
            // last one; changes separated by at most 2 × Context unchanged lines share a hunk.
            var start = Math.Max(index, firstChange - Context);
            var end = firstChange;
            while (true)
            {
                var next = edits.FindIndex(end + 1, e => e.Kind != ' ');
                var lastChange = end;
                if (next >= 0 && next - lastChange - 1 <= 2 * Context)
                {
                    end = next;
                    continue;
                }

                end = Math.Min(edits.Count, lastChange + 1 + Context);
                break;
            }

            WriteHunk(builder, edits, start, end);
            index = end;
        }

        return builder.ToString();
    }

    private static void WriteHunk(StringBuilder builder, List<Edit> edits, int start, int end)
    {
        var hunk = edits.GetRange(start, end - start);
        var oldCount = hunk.Count(e => e.Kind != '+');
        var newCount = hunk.Count(e => e.Kind != '-');

        // Line numbers of the hunk's first line on each side (1-based); with no line on a side, the line before it.
        var oldStart = edits.Take(start).Count(e => e.Kind != '+') + (oldCount == 0 ? 0 : 1);
        var newStart = edits.Take(start).Count(e => e.Kind != '-') + (newCount == 0 ? 0 : 1);
        builder.Append(CultureInfo.InvariantCulture, $"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@\n");
        foreach (var edit in hunk)
        {
            builder.Append(edit.Kind).Append(edit.Line.EndsWith('\n') ? edit.Line : edit.Line + "\n\\ No newline at end of file\n");
        }
    }

    private static string Range(int start, int count) =>
        count == 1 ? start.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{start},{count}");

    /// <summary>The lines of a text, each with its '\n' (the last one without, when the text does not end with one).</summary>
    private static string[] Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return [.. lines];
    }

    private readonly record struct Edit(char Kind, string Line);

    /// <summary>Myers' O((N+M)D) greedy algorithm, after trimming the common head and tail.</summary>
    private static List<Edit> Edits(string[] a, string[] b)
    {
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }

        var result = new List<Edit>(a.Length + b.Length);
        result.AddRange(a.Take(head).Select(l => new Edit(' ', l)));
        result.AddRange(Middle(a[head..(a.Length - tail)], b[head..(b.Length - tail)]));
        result.AddRange(a.Skip(a.Length - tail).Select(l => new Edit(' ', l)));
        return result;
    }

    private static List<Edit> Middle(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, max = n + m, offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(a, b, trace, offset);
                }
            }
        }

        return Backtrack(a, b, trace, offset);
    }

    private static List<Edit> Backtrack(string[] a, string[] b, List<int[]> trace, int offset)
    {
        var edits = new List<Edit>();
        int x = a.Length, y = b.Length;
        for (var d = trace.Count - 1; d >= 0 && (x > 0 || y > 0); d--)
        {
            var v = trace[d];
            var k = x - y;
            var previousK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            var previousX = d == 0 ? 0 : v[offset + previousK];
            var previousY = d == 0 ? 0 : previousX - previousK;
            while (x > previousX && y > previousY)
            {
                edits.Add(new Edit(' ', a[--x]));
                y--;
            }

            if (d > 0)
            {
                if (x == previousX)
                {
                    edits.Add(new Edit('+', b[--y]));
                }
                else
                {
                    edits.Add(new Edit('-', a[--x]));
                }
            }
        }

        edits.Reverse();
        return edits;
    }
}
