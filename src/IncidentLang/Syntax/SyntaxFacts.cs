using System.Text.RegularExpressions;

namespace IncidentLang.Syntax;

/// <summary>Facts about kinds: keywords, their text, and which declaration kind a keyword starts.</summary>
public static partial class SyntaxFacts
{
    /// <summary>
    /// The identifier rule (docs/language.md §3, <c>IDENT</c> in grammar/IncidentLexer.g4): a letter or <c>_</c>,
    /// then letters, digits and <c>_</c>, then parts joined by single hyphens. Unanchored, with no capturing group,
    /// so it can be embedded in larger patterns (the TextMate grammar and the JSON Schema are checked against it).
    /// </summary>
    public const string IdentifierPattern = "[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*";

    /// <summary>
    /// Whether <paramref name="text"/> is exactly one identifier token: it matches <see cref="IdentifierPattern"/>
    /// and is not a keyword (a keyword is read as a keyword, so it cannot name a declaration).
    /// The one rule for names: the language server's rename and <c>inc new</c> use it.
    /// </summary>
    public static bool IsValidIdentifier(string text) =>
        IdentifierRegex().IsMatch(text) && !AllDeclarationKinds.Any(k => GetKeywordText(k) == text);

    [GeneratedRegex(@"\A" + IdentifierPattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierRegex();

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
