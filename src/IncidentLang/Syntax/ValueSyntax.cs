namespace IncidentLang.Syntax;

/// <summary>A property value: a literal, a name, or a list.</summary>
public abstract class ValueSyntax : SyntaxNode;
