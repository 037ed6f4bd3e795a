namespace IncidentLang.LanguageServer.Protocol;

/// <summary>A diagnostic as the editor shows it; <see cref="Code"/> is the INCxxxx ID.</summary>
public sealed record LspDiagnostic(LspRange Range, int Severity, string Code, string Source, string Message)
{
    public CodeDescription? CodeDescription { get; init; }
}
