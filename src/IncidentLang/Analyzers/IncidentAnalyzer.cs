using System.Collections.Immutable;
using IncidentLang.Diagnostics;

namespace IncidentLang.Analyzers;

/// <summary>
/// An analytic rule, Roslyn style: it declares the diagnostics it can report and registers
/// callbacks; the <see cref="AnalyzerDriver"/> runs it over the bound compilation after binding.
/// </summary>
public abstract class IncidentAnalyzer
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Initialize(AnalysisContext context);
}
