namespace IncidentLang.Syntax;

/// <summary>The declaration keywords of the language (docs/language.md, "Declarations and their properties").</summary>
public enum DeclarationKind
{
    Incident,
    Source,
    Actor,
    Target,
    Claim,
    Statement,
    Event,
    Party,
    Malware,
    Tool,
    Vulnerability,
    Indicator,
    Recommendation,
    Revision,
}
