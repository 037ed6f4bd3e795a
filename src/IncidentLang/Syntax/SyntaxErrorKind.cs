namespace IncidentLang.Syntax;

/// <summary>What ANTLR's recovery found: a token missing, or one that does not belong.</summary>
internal enum SyntaxErrorKind
{
    Missing,
    Unexpected,
}
