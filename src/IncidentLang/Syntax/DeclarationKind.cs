namespace IncidentLang.Syntax;

/// <summary>The declaration keywords of the language (docs/language.md, "Declarations").</summary>
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
