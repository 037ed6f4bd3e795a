namespace IncidentLang.LanguageServer.Protocol;

/// <summary>Markdown shown in hovers and completion documentation.</summary>
public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
