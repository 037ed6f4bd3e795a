using System.Collections.Immutable;
using IncidentLang.Diagnostics;

namespace IncidentLang.Analyzers;

/// <summary>
/// An analytic rule, Roslyn style: it declares the diagnostics it can report and registers
/// callbacks; the <see cref="AnalyzerDriver"/> runs it over the bound compilation after binding.
/// </summary>
internal abstract class IncidentAnalyzer
{
    /// <summary>The descriptors the rule reports (declared in its own file); <see cref="DiagnosticCatalog"/> lists them.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Initialize(AnalysisContext context);
}
