using IncidentLang.Binding;

namespace IncidentLang.Emit;

/// <summary>A user template that failed while rendering an incident, or the index when <see cref="Incident"/> is null (not a problem of the report: no diagnostic).</summary>
public sealed record TemplateFailure(IncidentSymbol? Incident, string Message);
