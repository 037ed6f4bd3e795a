namespace IncidentLang.Emit.Json;

/// <summary>An Admiralty grade with its label: <c>{ "grade": "B", "label": "Usually reliable" }</c>.</summary>
internal sealed record GradeDocument(string Grade, string Label);
