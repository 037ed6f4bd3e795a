using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;

namespace IncidentLang.Emit;

/// <summary>
/// What rendering one incident gave (<c>IncidentRenderer.Render</c>): all its files (<see cref="Built"/>), or none
/// and why: its errors (already reported), a diagnostic (INC2011, INC9999) or a template failure.
/// </summary>
public sealed record IncidentEmission(IncidentSymbol Incident, bool Built, ImmutableArray<EmittedFile> Files, Diagnostic? Diagnostic, TemplateFailure? TemplateFailure);
