using IncidentLang.Binding;

namespace IncidentLang.Emit;

/// <summary>One rendered output: its path relative to the output folder, its text, and the incident it belongs to (null for the index).</summary>
public sealed record EmittedFile(string RelativePath, string Content, IncidentSymbol? Incident);
