namespace IncidentLang.Text;

/// <summary>"Did you mean": the nearest candidate by edit distance (with transpositions), ties broken ordinally.</summary>
public static class NameSuggester
{
    public static string? Suggest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (string.Equals(candidate, input, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = string.Equals(candidate, input, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var limit = Math.Max(1, Math.Min(input.Length, best?.Length ?? 0) / 3);
        return best is not null && bestDistance <= limit ? best : null;
    }

    /// <summary>" Did you mean 'x'?" or empty: the tail that diagnostics append.</summary>
    public static string Tail(string? suggestion) => suggestion is null ? string.Empty : $". Did you mean '{suggestion}'?";

    /// <summary>Optimal string alignment distance.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
