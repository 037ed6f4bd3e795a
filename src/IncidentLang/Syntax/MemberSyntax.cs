namespace IncidentLang.Syntax;

/// <summary>What a declaration body holds: a <see cref="PropertySyntax"/> or a nested <see cref="DeclarationSyntax"/>.</summary>
public abstract class MemberSyntax : SyntaxNode;
