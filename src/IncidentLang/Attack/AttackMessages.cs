using System.Collections.Immutable;

namespace IncidentLang.Attack;

/// <summary>
/// Message text for the ATT&amp;CK diagnostics of spec §5. No trailing period, as the other
/// diagnostics; names in parentheses are ATT&amp;CK's (sub-techniques with their technique:
/// "Valid Accounts: Cloud Accounts").
/// <list type="bullet">
/// <item>INC1017, unknown: <c>Unknown ATT&amp;CK technique 'T1909' (not in ATT&amp;CK Enterprise 18.1). Did you mean 'T1609' (Container Administration Command)?</c></item>
/// <item>INC1017, malformed: <c>'exploit-public-facing-application' is not an ATT&amp;CK technique ID. Did you mean 'T1190' (Exploit Public-Facing Application)?</c>;
/// with nothing to suggest, the form instead: <c>'X1' is not an ATT&amp;CK group ID (G and four digits, such as G1017)</c></item>
/// <item>INC1017, wrong kind: <c>'T1190' is an ATT&amp;CK technique (Exploit Public-Facing Application), not a group</c></item>
/// <item>INC2012: <c>ATT&amp;CK technique 'T1073' (DLL Side-Loading) is revoked in ATT&amp;CK Enterprise 18.1; use 'T1574.001' (Hijack Execution Flow: DLL)</c>,
/// <c>ATT&amp;CK technique 'T1064' (Scripting) is deprecated in ATT&amp;CK Enterprise 18.1 and has no replacement</c></item>
/// <item>INC2014: <c>Salt Typhoon is ATT&amp;CK group G1045</c>, <c>Vanguard Panda is ATT&amp;CK group G1017 (Volt Typhoon)</c>,
/// <c>Thrip matches several ATT&amp;CK groups: G0030 (Lotus Blossom) and G0076 (Thrip)</c></item>
/// </list>
/// </summary>
internal static class AttackMessages
{
    /// <summary>INC1017 for a resolution that is not <see cref="AttackResolutionKind.Found"/>.</summary>
    public static string Invalid(AttackResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var noun = Noun(resolution.Expected);
        return resolution.Kind switch
        {
            AttackResolutionKind.WrongKind =>
                $"'{resolution.Written}' is {WithAttack(resolution.Object!)} ({resolution.Object!.DisplayName}), not {WithArticle(resolution.Expected)}",
            AttackResolutionKind.Unknown =>
                $"Unknown ATT&CK {noun} '{resolution.Written}' (not in {resolution.AttackTitle})" + DidYouMean(resolution.Suggestions),
            AttackResolutionKind.Malformed => resolution.Suggestions.IsEmpty
                ? $"'{resolution.Written}' is not an ATT&CK {noun} ID ({Form(resolution.Expected)})"
                : $"'{resolution.Written}' is not an ATT&CK {noun} ID" + DidYouMean(resolution.Suggestions),
            _ => throw new ArgumentException($"'{resolution.Written}' was found; INC1017 is for what was not.", nameof(resolution)),
        };
    }

    /// <summary>INC2012 for a resolution that found a revoked or deprecated object.</summary>
    public static string RevokedOrDeprecated(AttackResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        if (!resolution.IsRevokedOrDeprecated)
        {
            throw new ArgumentException($"'{resolution.Written}' is not a revoked or deprecated ATT&CK ID.", nameof(resolution));
        }

        var value = resolution.Object!;
        var subject = $"ATT&CK {ObjectNoun(value)} '{value.Id}' ({value.DisplayName})";
        if (value.IsRevoked && resolution.Replacement is { } replacement)
        {
            var kindChange = replacement.Kind != value.Kind ? $", which is {WithAttack(replacement)}" : string.Empty;
            return $"{subject} is revoked in {resolution.AttackTitle}; use {Describe(replacement)}{kindChange}";
        }

        return $"{subject} is {(value.IsRevoked ? "revoked" : "deprecated")} in {resolution.AttackTitle} and has no replacement";
    }

    /// <summary>INC2014: what ATT&amp;CK knows an actor as, <paramref name="written"/> being its name or alias as the file has it.</summary>
    public static string KnownGroups(string written, ImmutableArray<AttackGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(written);
        if (groups.IsDefaultOrEmpty)
        {
            throw new ArgumentException("INC2014 needs at least one group.", nameof(groups));
        }

        if (groups.Length == 1)
        {
            var group = groups[0];
            return string.Equals(group.Name, written, StringComparison.OrdinalIgnoreCase)
                ? $"{written} is ATT&CK group {group.Id}"
                : $"{written} is ATT&CK group {group.Id} ({group.Name})";
        }

        return $"{written} matches several ATT&CK groups: {List(groups.Select(g => $"{g.Id} ({g.Name})"), "and")}";
    }

    /// <summary><c>'T1190' (Exploit Public-Facing Application)</c>.</summary>
    public static string Describe(AttackObject value) => $"'{value.Id}' ({value.DisplayName})";

    /// <summary><c>. Did you mean 'A' (a), 'B' (b) or 'C' (c)?</c>, or empty.</summary>
    public static string DidYouMean(ImmutableArray<AttackObject> suggestions) =>
        suggestions.IsDefaultOrEmpty ? string.Empty : $". Did you mean {List(suggestions.Select(Describe), "or")}?";

    private static string List(IEnumerable<string> items, string conjunction)
    {
        var list = items.ToList();
        return list.Count == 1 ? list[0] : $"{string.Join(", ", list.Take(list.Count - 1))} {conjunction} {list[^1]}";
    }

    private static string Noun(AttackObjectKind kind) => kind switch
    {
        AttackObjectKind.Technique => "technique",
        AttackObjectKind.Group => "group",
        AttackObjectKind.Software => "software",
        AttackObjectKind.Malware => "malware",
        _ => "tool",
    };

    private static string ObjectNoun(AttackObject value) =>
        value is AttackTechnique { IsSubtechnique: true } ? "sub-technique" : Noun(value.Kind);

    /// <summary>"an ATT&amp;CK technique", "an ATT&amp;CK sub-technique", "an ATT&amp;CK group", "ATT&amp;CK malware", "an ATT&amp;CK tool".</summary>
    private static string WithAttack(AttackObject value) =>
        value.Kind == AttackObjectKind.Malware ? "ATT&CK malware" : $"an ATT&CK {ObjectNoun(value)}";

    /// <summary>"a technique", "a group", "software", "malware", "a tool".</summary>
    private static string WithArticle(AttackObjectKind kind) => kind switch
    {
        AttackObjectKind.Software or AttackObjectKind.Malware => Noun(kind),
        _ => "a " + Noun(kind),
    };

    private static string Form(AttackObjectKind kind) => kind switch
    {
        AttackObjectKind.Technique => "T and four digits, such as T1190, or T1078.004 for a sub-technique",
        AttackObjectKind.Group => "G and four digits, such as G1017",
        _ => "S and four digits, such as S0002",
    };
}
