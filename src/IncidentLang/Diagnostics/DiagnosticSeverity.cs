namespace IncidentLang.Diagnostics;

/// <summary>How serious a diagnostic is. Ordered: Info &lt; Warning &lt; Error.</summary>
public enum DiagnosticSeverity
{
    Info = 1,
    Warning = 2,
    Error = 3,
}
