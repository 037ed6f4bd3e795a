using System.Text.RegularExpressions;

namespace IncidentLang.Syntax;

/// <summary>Facts about kinds: keywords, their text, and which declaration kind a keyword starts.</summary>
public static partial class SyntaxFacts
{
    /// <summary>
    /// The identifier rule (docs/language.md §3, <c>IDENT</c> in grammar/IncidentLexer.g4): a letter or <c>_</c>,
    /// then letters, digits and <c>_</c>, then parts joined by single hyphens or a <c>.</c> and digits (<c>T1078.004</c>). Unanchored, with no capturing group,
    /// so it can be embedded in larger patterns (the TextMate grammar and the JSON Schema are checked against it).
    /// </summary>
    public const string IdentifierPattern = "[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+|\\.[0-9]+)*";

    /// <summary>
    /// Whether <paramref name="text"/> is exactly one identifier token: it matches <see cref="IdentifierPattern"/>
    /// and is not a keyword (a keyword is read as a keyword, so it cannot name a declaration).
    /// The one rule for names: the language server's rename and <c>inc new</c> use it.
    /// </summary>
    public static bool IsValidIdentifier(string text) =>
        IdentifierRegex().IsMatch(text) && !AllDeclarationKinds.Any(k => GetKeywordText(k) == text);

    [GeneratedRegex(@"\A" + IdentifierPattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierRegex();

    public static bool IsKeyword(SyntaxKind kind) => kind is >= SyntaxKind.IncidentKeyword and <= SyntaxKind.RevisionKeyword;

    public static bool IsComment(SyntaxKind kind) => kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia;

    /// <summary>The declaration kind a keyword starts (keywords are in the same order as <see cref="DeclarationKind"/>).</summary>
    public static DeclarationKind? GetDeclarationKind(SyntaxKind keyword) =>
        IsKeyword(keyword) ? (DeclarationKind)(keyword - SyntaxKind.IncidentKeyword) : null;

    public static SyntaxKind GetKeywordKind(DeclarationKind kind) => SyntaxKind.IncidentKeyword + (int)kind;

    /// <summary>The keyword of a declaration kind: <c>DeclarationKind.Vulnerability</c> → <c>vulnerability</c>.</summary>
    public static string GetKeywordText(DeclarationKind kind) => KeywordTexts[(int)kind];

    // Written out, in DeclarationKind's order, not read from the enum's metadata: under NativeAOT Enum.GetValues and an enum's
    // ToString go through reflection, and this class is set up in every check (0.3 % of a large check's samples were that).
    // SyntaxFactsTests compares both with the enum.
    private static readonly string[] KeywordTexts =
        ["incident", "source", "actor", "target", "claim", "statement", "event", "party", "malware", "tool", "vulnerability", "indicator", "recommendation", "revision"];

    public static IReadOnlyList<DeclarationKind> AllDeclarationKinds { get; } =
    [
        DeclarationKind.Incident, DeclarationKind.Source, DeclarationKind.Actor, DeclarationKind.Target, DeclarationKind.Claim,
        DeclarationKind.Statement, DeclarationKind.Event, DeclarationKind.Party, DeclarationKind.Malware, DeclarationKind.Tool,
        DeclarationKind.Vulnerability, DeclarationKind.Indicator, DeclarationKind.Recommendation, DeclarationKind.Revision,
    ];
}
