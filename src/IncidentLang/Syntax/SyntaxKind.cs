namespace IncidentLang.Syntax;

/// <summary>Every kind of token, trivia and node in an IncidentLang syntax tree.</summary>
public enum SyntaxKind
{
    None,

    // Tokens
    EndOfFileToken,
    IdentifierToken,
    StringLiteralToken,
    DateLiteralToken,
    IntegerLiteralToken,
    DecimalLiteralToken,
    OpenBraceToken,
    CloseBraceToken,
    OpenBracketToken,
    CloseBracketToken,
    ColonToken,
    CommaToken,

    // Keywords
    IncidentKeyword,
    SourceKeyword,
    ActorKeyword,
    TargetKeyword,
    ClaimKeyword,
    StatementKeyword,
    EventKeyword,
    PartyKeyword,
    MalwareKeyword,
    ToolKeyword,
    VulnerabilityKeyword,
    IndicatorKeyword,
    RecommendationKeyword,
    RevisionKeyword,

    // Trivia
    WhitespaceTrivia,
    EndOfLineTrivia,
    SingleLineCommentTrivia,
    MultiLineCommentTrivia,
    SkippedTokensTrivia,

    // Nodes
    CompilationUnit,
    Declaration,
    Property,
    LiteralValue,
    NameValue,
    ListValue,
}
