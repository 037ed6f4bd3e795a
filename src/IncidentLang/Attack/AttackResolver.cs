using System.Collections.Immutable;
using System.Text;
using IncidentLang.Text;

namespace IncidentLang.Attack;

/// <summary>
/// <see cref="AttackCatalog.Resolve"/>: finds what was written, or what it may have meant.
/// "Did you mean" by ID: among current objects of the expected kind, the IDs one edit away
/// (optimal string alignment, letter case ignored), a swap of two adjacent characters first,
/// then the lowest ID; an unknown sub-technique of a known technique suggests a sibling one edit
/// away, else the technique. By name: the text compared with names, sub-technique full names
/// ("Valid Accounts: Cloud Accounts") and, for groups and software, aliases, ignoring case and
/// treating every run of characters other than letters and digits as one space (so
/// <c>exploit-public-facing-application</c> and <c>Exploit_Public_Facing_Application</c> are
/// "Exploit Public-Facing Application"); when nothing matches exactly, the nearest names within
/// a third of their length. Revoked objects are suggested as their replacements; deprecated
/// ones never.
/// </summary>
internal static class AttackResolver
{
    private const int MaxNameSuggestions = 3;

    public static AttackResolution Resolve(AttackCatalog catalog, string written, AttackObjectKind expected)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(written);
        if (catalog.Find(written) is { } found)
        {
            return Fits(found, expected)
                ? Result(catalog, AttackResolutionKind.Found, written, expected, found, found.IsRevoked ? catalog.Replacement(found) : null, [])
                : Result(catalog, AttackResolutionKind.WrongKind, written, expected, found, null, []);
        }

        var wellFormed = IsWellFormed(written, expected);
        var suggestions = new List<AttackObject>();
        if (SuggestById(catalog, written, expected) is { } byId)
        {
            suggestions.Add(byId);
        }

        if (!wellFormed)
        {
            foreach (var byName in SuggestByName(catalog, written, expected, allowNear: suggestions.Count == 0))
            {
                if (!suggestions.Contains(byName))
                {
                    suggestions.Add(byName);
                }
            }
        }

        return Result(catalog, wellFormed ? AttackResolutionKind.Unknown : AttackResolutionKind.Malformed, written, expected, null, null, [.. suggestions]);
    }

    /// <summary>Whether <paramref name="value"/> is of the <paramref name="expected"/> kind.</summary>
    public static bool Fits(AttackObject value, AttackObjectKind expected) => expected switch
    {
        AttackObjectKind.Technique => value is AttackTechnique,
        AttackObjectKind.Group => value is AttackGroup,
        AttackObjectKind.Software => value is AttackSoftware,
        AttackObjectKind.Malware => value is AttackSoftware { IsMalware: true },
        AttackObjectKind.Tool => value is AttackSoftware { IsTool: true },
        _ => false,
    };

    /// <summary><c>T####</c> or <c>T####.###</c> for techniques, <c>G####</c> for groups, <c>S####</c> for software (ASCII digits, upper-case letter).</summary>
    public static bool IsWellFormed(string text, AttackObjectKind expected)
    {
        var letter = expected switch
        {
            AttackObjectKind.Technique => 'T',
            AttackObjectKind.Group => 'G',
            _ => 'S',
        };

        if (text.Length < 5 || text[0] != letter || !AllDigits(text.AsSpan(1, 4)))
        {
            return false;
        }

        return text.Length == 5
            || (expected == AttackObjectKind.Technique && text.Length == 9 && text[5] == '.' && AllDigits(text.AsSpan(6, 3)));
    }

    /// <summary>Lower case, every run of characters other than letters and digits one space, trimmed.</summary>
    public static string NormalizeName(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Every object (revoked and deprecated ones too) by normalized name, full name and alias; each list ordered by ID.</summary>
    public static Dictionary<string, ImmutableArray<AttackObject>> BuildNormalizedNameIndex(AttackCatalog catalog)
    {
        var lists = new Dictionary<string, List<AttackObject>>(StringComparer.Ordinal);
        void Add(string name, AttackObject value)
        {
            var key = NormalizeName(name);
            if (key.Length == 0)
            {
                return;
            }

            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = [];
            }

            if (!list.Contains(value))
            {
                list.Add(value);
            }
        }

        foreach (var technique in catalog.Techniques)
        {
            Add(technique.Name, technique);
            Add(technique.DisplayName, technique);
        }

        foreach (var group in catalog.Groups)
        {
            Add(group.Name, group);
            foreach (var alias in group.Aliases) Add(alias, group);
        }

        foreach (var item in catalog.Software)
        {
            Add(item.Name, item);
            foreach (var alias in item.Aliases) Add(alias, item);
        }

        return lists.ToDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    private static AttackObject? SuggestById(AttackCatalog catalog, string written, AttackObjectKind expected)
    {
        var key = written.Trim().ToUpperInvariant();
        if (catalog.Find(key) is { } sameIdOtherCase)
        {
            return Fits(sameIdOtherCase, expected) ? Usable(catalog, sameIdOtherCase, expected) : null;
        }

        if (expected == AttackObjectKind.Technique && IsWellFormed(key, expected) && key.Length == 9
            && catalog.FindTechnique(key[..5]) is { } parent)
        {
            return Nearest(key, catalog.Techniques.Where(t => ReferenceEquals(t.Parent, parent) && t.IsCurrent))
                ?? Usable(catalog, parent, expected);
        }

        IEnumerable<AttackObject> candidates = expected switch
        {
            AttackObjectKind.Technique => catalog.Techniques,
            AttackObjectKind.Group => catalog.Groups,
            _ => catalog.Software,
        };

        return Nearest(key, candidates.Where(c => c.IsCurrent && Fits(c, expected)));
    }

    /// <summary>The candidate one edit from <paramref name="key"/>: a swap of adjacent characters first, then the lowest ID.</summary>
    private static AttackObject? Nearest(string key, IEnumerable<AttackObject> candidates)
    {
        AttackObject? best = null;
        var bestRank = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Id.Length - key.Length) > 1)
            {
                continue;
            }

            var distance = NameSuggester.Distance(key, candidate.Id);
            if (distance > 1)
            {
                continue;
            }

            var rank = distance * 2 + (IsAdjacentSwap(key, candidate.Id) ? 0 : 1);
            if (rank < bestRank)
            {
                best = candidate;
                bestRank = rank;
            }
        }

        return best;
    }

    private static bool IsAdjacentSwap(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
    }

    private static List<AttackObject> SuggestByName(AttackCatalog catalog, string written, AttackObjectKind expected, bool allowNear)
    {
        var result = new List<AttackObject>();
        var key = NormalizeName(written);
        if (key.Length == 0)
        {
            return result;
        }

        var index = catalog.NormalizedNames;
        if (index.TryGetValue(key, out var exact))
        {
            AddUsable(catalog, exact, expected, result);
            if (result.Count > 0 || !allowNear)
            {
                return result;
            }
        }

        if (!allowNear)
        {
            return result;
        }

        var bestDistance = int.MaxValue;
        var nearest = new List<AttackObject>();
        foreach (var (name, objects) in index)
        {
            var limit = Math.Max(1, Math.Min(key.Length, name.Length) / 3);
            if (Math.Abs(name.Length - key.Length) > Math.Min(limit, bestDistance) || !objects.Any(o => Fits(o, expected)))
            {
                continue;
            }

            var distance = NameSuggester.Distance(key, name);
            if (distance > limit || distance > bestDistance)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                bestDistance = distance;
                nearest.Clear();
            }

            nearest.AddRange(objects);
        }

        nearest.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        AddUsable(catalog, nearest, expected, result);
        return result;
    }

    private static void AddUsable(AttackCatalog catalog, IEnumerable<AttackObject> objects, AttackObjectKind expected, List<AttackObject> into)
    {
        foreach (var value in objects)
        {
            if (into.Count == MaxNameSuggestions)
            {
                return;
            }

            if (Fits(value, expected) && Usable(catalog, value, expected) is { } usable && !into.Contains(usable))
            {
                into.Add(usable);
            }
        }
    }

    /// <summary>The object itself when current, its replacement when revoked (if that fits), nothing when deprecated.</summary>
    private static AttackObject? Usable(AttackCatalog catalog, AttackObject value, AttackObjectKind expected)
    {
        if (value.IsCurrent)
        {
            return value;
        }

        return value.IsRevoked && catalog.Replacement(value) is { IsCurrent: true } replacement && Fits(replacement, expected) ? replacement : null;
    }

    private static bool AllDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static AttackResolution Result(AttackCatalog catalog, AttackResolutionKind kind, string written, AttackObjectKind expected, AttackObject? value, AttackObject? replacement, ImmutableArray<AttackObject> suggestions) =>
        new(kind, written, expected, value, replacement, suggestions, catalog.Version, catalog.Title);
}
