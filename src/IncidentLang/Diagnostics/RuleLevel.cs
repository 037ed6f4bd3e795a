namespace IncidentLang.Diagnostics;

/// <summary>A level set for a rule in <c>incidentlang.json</c> (§5).</summary>
public enum RuleLevel
{
    None,
    Info,
    Warning,
    Error,
}
