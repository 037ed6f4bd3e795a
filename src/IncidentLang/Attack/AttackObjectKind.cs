namespace IncidentLang.Attack;

/// <summary>
/// The kinds of ATT&amp;CK object: what an object is (<see cref="Technique"/>, <see cref="Group"/>,
/// <see cref="Malware"/>, <see cref="Tool"/>), and what a slot expects (any of those, or
/// <see cref="Software"/> for malware or tool).
/// </summary>
public enum AttackObjectKind
{
    /// <summary>A technique or sub-technique (<c>T1190</c>, <c>T1078.004</c>).</summary>
    Technique,

    /// <summary>A group (<c>G1017</c>).</summary>
    Group,

    /// <summary>Malware or tool (<c>S0002</c>); only ever expected, never an object's own kind.</summary>
    Software,

    /// <summary>Software that ATT&amp;CK lists as malware.</summary>
    Malware,

    /// <summary>Software that ATT&amp;CK lists as a tool.</summary>
    Tool,
}
