using System.Globalization;

namespace IncidentLang.Diagnostics;

/// <summary>
/// The fixed description of one diagnostic ID: what <c>inc explain</c> prints and what
/// <c>docs/diagnostics.md</c> is generated from. All descriptors live in <see cref="DiagnosticDescriptors"/>.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    DiagnosticSeverity DefaultSeverity,
    DiagnosticCategory Category,
    string Help,
    string? Example = null,
    string? Fix = null)
{
    /// <summary>Syntax errors, semantic errors, INC2011 and the template-folder errors (INC3004, INC3005) keep their level whatever the configuration says (docs/language.md, "Projects: `incidentlang.json`").</summary>
    public bool IsConfigurable =>
        Category is DiagnosticCategory.Analytic or DiagnosticCategory.Configuration
            ? Id is not ("INC2011" or "INC3004" or "INC3005")
            : Category == DiagnosticCategory.Semantic && DefaultSeverity != DiagnosticSeverity.Error;

    public string FormatMessage(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
