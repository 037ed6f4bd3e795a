namespace IncidentLang.Syntax;

/// <summary>The seven declaration keywords of the language (§4).</summary>
public enum DeclarationKind
{
    Incident,
    Source,
    Actor,
    Target,
    Claim,
    Statement,
    Event,
}
