namespace IncidentLang.Diagnostics;

/// <summary>The families of diagnostics (docs/diagnostics.md): the first digit of an ID.</summary>
public enum DiagnosticCategory
{
    /// <summary>INC0xxx — lexical and syntax errors.</summary>
    Syntax,

    /// <summary>INC1xxx — names, properties, types and values.</summary>
    Semantic,

    /// <summary>INC2xxx — analytic tradecraft rules.</summary>
    Analytic,

    /// <summary>INC3xxx — the configuration file.</summary>
    Configuration,

    /// <summary>INC9999 — the compiler's own failures.</summary>
    Internal,
}
