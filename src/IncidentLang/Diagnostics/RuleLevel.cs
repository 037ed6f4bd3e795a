namespace IncidentLang.Diagnostics;

/// <summary>A level set for a rule in <c>incidentlang.json</c> (docs/language.md, "Projects: `incidentlang.json`").</summary>
public enum RuleLevel
{
    None,
    Info,
    Warning,
    Error,
}
