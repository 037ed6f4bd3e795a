namespace IncidentLang.Syntax;

/// <summary>Facts about kinds: keywords, their text, and which declaration kind a keyword starts.</summary>
public static class SyntaxFacts
{
    public static bool IsKeyword(SyntaxKind kind) => kind is >= SyntaxKind.IncidentKeyword and <= SyntaxKind.EventKeyword;

    public static bool IsComment(SyntaxKind kind) => kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia;

    public static DeclarationKind? GetDeclarationKind(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.IncidentKeyword => DeclarationKind.Incident,
        SyntaxKind.SourceKeyword => DeclarationKind.Source,
        SyntaxKind.ActorKeyword => DeclarationKind.Actor,
        SyntaxKind.TargetKeyword => DeclarationKind.Target,
        SyntaxKind.ClaimKeyword => DeclarationKind.Claim,
        SyntaxKind.StatementKeyword => DeclarationKind.Statement,
        SyntaxKind.EventKeyword => DeclarationKind.Event,
        _ => null,
    };

    public static string GetKeywordText(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Incident => "incident",
        DeclarationKind.Source => "source",
        DeclarationKind.Actor => "actor",
        DeclarationKind.Target => "target",
        DeclarationKind.Claim => "claim",
        DeclarationKind.Statement => "statement",
        _ => "event",
    };

    public static IReadOnlyList<DeclarationKind> AllDeclarationKinds { get; } =
        [DeclarationKind.Incident, DeclarationKind.Source, DeclarationKind.Actor, DeclarationKind.Target, DeclarationKind.Claim, DeclarationKind.Statement, DeclarationKind.Event];
}
