namespace IncidentLang.Emit.Html;

/// <summary>A user-supplied template that does not parse or fails to render.</summary>
public sealed class TemplateException(string message) : Exception(message);
