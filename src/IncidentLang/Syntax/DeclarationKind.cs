namespace IncidentLang.Syntax;

/// <summary>The seven declaration keywords of the language (docs/language.md, "Declarations and their properties").</summary>
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
