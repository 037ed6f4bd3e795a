using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;

namespace IncidentLang.Emit;

/// <summary>
/// What an emit produced: the rendered files (every file of an incident or none of them), the
/// incidents built, the diagnostics of emitting (INC2011, INC9999) and template failures.
/// <see cref="Success"/> is false when any incident was left out.
/// </summary>
public sealed record EmitResult(
    ImmutableArray<EmittedFile> Files,
    ImmutableArray<IncidentSymbol> Built,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<TemplateFailure> TemplateFailures,
    bool Success);
