using IncidentLang.Diagnostics;

namespace IncidentLang.Emit;

/// <summary>
/// What rendering <c>index.html</c> gave (<c>IncidentRenderer.RenderIndex</c>): its file, or why there is none — a
/// diagnostic in a user template (INC3004, INC3005) or a template failure.
/// </summary>
public sealed record IndexEmission(EmittedFile? File, Diagnostic? Diagnostic, TemplateFailure? TemplateFailure);
