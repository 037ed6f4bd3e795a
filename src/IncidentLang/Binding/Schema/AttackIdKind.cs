namespace IncidentLang.Binding;

/// <summary>The kinds of MITRE ATT&amp;CK object a property can name by ID (docs/attack.md).</summary>
public enum AttackIdKind
{
    /// <summary>A technique or sub-technique: <c>T1190</c>, <c>T1078.004</c>.</summary>
    Technique,

    /// <summary>A group: <c>G1045</c>.</summary>
    Group,

    /// <summary>Software, malware or tool: <c>S0002</c>.</summary>
    Software,
}
