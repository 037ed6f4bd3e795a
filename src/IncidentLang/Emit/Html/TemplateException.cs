using IncidentLang.Diagnostics;

namespace IncidentLang.Emit.Html;

/// <summary>
/// A user-supplied template that does not parse or fails to render; <see cref="Diagnostic"/> is set
/// when the failure has an ID and a place in a template (INC3004, INC3005).
/// </summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(Diagnostic diagnostic)
        : base(diagnostic.ToString())
    {
        Diagnostic = diagnostic;
    }

    public Diagnostic? Diagnostic { get; }
}
