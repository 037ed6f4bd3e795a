using System.Collections.Immutable;

namespace IncidentLang.Attack;

/// <summary>What an identifier written in an ATT&amp;CK slot turned out to be.</summary>
public enum AttackResolutionKind
{
    /// <summary>An ID of the expected kind in the shipped data (possibly revoked or deprecated: INC2012).</summary>
    Found,

    /// <summary>An ID in the data, of another kind (a technique where a group is expected): INC1017.</summary>
    WrongKind,

    /// <summary>Not shaped like an ID of the expected kind (<c>T####</c>, <c>T####.###</c>, <c>G####</c>, <c>S####</c>): INC1017.</summary>
    Malformed,

    /// <summary>Shaped like an ID of the expected kind, but not in the data: INC1017.</summary>
    Unknown,
}

/// <summary>
/// The result of <see cref="AttackCatalog.Resolve"/>: the object found (and its replacement when
/// it is revoked), the object of another kind, or nothing with "did you mean" suggestions by ID
/// and by name. <see cref="AttackMessages"/> turns it into INC1017 and INC2012 message text.
/// </summary>
public sealed record AttackResolution
{
    internal AttackResolution(AttackResolutionKind kind, string written, AttackObjectKind expected, AttackObject? @object, AttackObject? replacement, ImmutableArray<AttackObject> suggestions, string attackVersion, string attackTitle)
    {
        Kind = kind;
        Written = written;
        Expected = expected;
        Object = @object;
        Replacement = replacement;
        Suggestions = suggestions;
        AttackVersion = attackVersion;
        AttackTitle = attackTitle;
    }

    public AttackResolutionKind Kind { get; }

    /// <summary>The text as written.</summary>
    public string Written { get; }

    /// <summary>The kind the slot expects.</summary>
    public AttackObjectKind Expected { get; }

    /// <summary>The object found (<see cref="AttackResolutionKind.Found"/>) or of the wrong kind (<see cref="AttackResolutionKind.WrongKind"/>); null otherwise.</summary>
    public AttackObject? Object { get; }

    /// <summary>For a revoked object, the object that replaces it, revocations followed to the end (the INC2012 fix); null otherwise.</summary>
    public AttackObject? Replacement { get; }

    /// <summary>For <see cref="AttackResolutionKind.Unknown"/> and <see cref="AttackResolutionKind.Malformed"/>: current objects of the expected kind it may have meant, by ID first, then by name; empty otherwise.</summary>
    public ImmutableArray<AttackObject> Suggestions { get; }

    /// <summary>The ATT&amp;CK release resolved against: <c>18.1</c>.</summary>
    public string AttackVersion { get; }

    /// <summary>"ATT&amp;CK Enterprise 18.1".</summary>
    public string AttackTitle { get; }

    /// <summary>
    /// This resolution without the suggestions whose ID is one of <paramref name="ids"/> (ignoring case): the IDs the list
    /// being bound already names, which a fix must not write a second time.
    /// </summary>
    internal AttackResolution WithoutSuggestions(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0 || !Suggestions.Any(s => ids.Contains(s.Id, StringComparer.OrdinalIgnoreCase)))
        {
            return this;
        }

        var kept = Suggestions.RemoveAll(s => ids.Contains(s.Id, StringComparer.OrdinalIgnoreCase));
        return new AttackResolution(Kind, Written, Expected, Object, Replacement, kept, AttackVersion, AttackTitle);
    }

    /// <summary>Not an ID of the expected kind: INC1017.</summary>
    public bool IsError => Kind != AttackResolutionKind.Found;

    /// <summary>Found, but revoked or deprecated: INC2012.</summary>
    public bool IsRevokedOrDeprecated => Kind == AttackResolutionKind.Found && Object is { IsCurrent: false };
}
