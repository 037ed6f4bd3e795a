using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2020: a character that is invisible or reorders text, where a reviewer cannot see it ("Trojan
/// Source", CVE-2021-42574). Reported at the character, or at the escape that spells it (<c>\u{202E}</c>:
/// the briefing shows the character itself, and <c>inc fmt</c> writes these characters as escapes):
/// <list type="bullet">
/// <item>a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069) in any string or
/// comment of a declaration: it makes the text display in another order than it is stored;</item>
/// <item>any other invisible or format character (Unicode category Cf — zero-width space, joiner and
/// non-joiner, soft hyphen, word joiner, BOM, LRM/RLM, tag characters … — and the Hangul fillers and the
/// combining grapheme joiner) in a <c>name</c>, <c>title</c> or <c>aliases</c> value, where it makes one
/// name differ from another that looks the same. In prose such characters have legitimate uses (a
/// zero-width joiner in an emoji or an Indic word) and are not reported.</item>
/// </list>
/// Outside strings and comments the lexer already refuses such characters (INC0001). The fix removes the character.
/// </summary>
internal sealed class InvisibleCharacterAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2020", "Invisible or bidirectional control character", "{0} U+{1} ({2}) in {3}: {4}", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "A string or comment holds a character a reviewer cannot see. Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) make text display in another order than it is stored — the \"Trojan Source\" attack (CVE-2021-42574): `invoice\u202Efdp.exe` displays as `invoiceexe.pdf` — and are reported in every string and comment. Other invisible characters (zero-width space, joiner and non-joiner, soft hyphen, word joiner, other format characters, Hangul fillers) are reported in `name`, `title` and `aliases`, where they make two names that look the same differ. The fix removes the character.",
        "name: \"Ac\u200Bme Corp\"   // a zero-width space after 'Ac'", "name: \"Acme Corp\"");

    private static readonly string[] NameProperties = ["name", "title", "aliases"];

    // A plain dictionary: the table is set up in every check, and a frozen one cost more to create than all its lookups save.
    private static readonly Dictionary<int, string> Names = new()
    {
        [0x00AD] = "SOFT HYPHEN",
        [0x034F] = "COMBINING GRAPHEME JOINER",
        [0x061C] = "ARABIC LETTER MARK",
        [0x115F] = "HANGUL CHOSEONG FILLER",
        [0x1160] = "HANGUL JUNGSEONG FILLER",
        [0x180E] = "MONGOLIAN VOWEL SEPARATOR",
        [0x200B] = "ZERO WIDTH SPACE",
        [0x200C] = "ZERO WIDTH NON-JOINER",
        [0x200D] = "ZERO WIDTH JOINER",
        [0x200E] = "LEFT-TO-RIGHT MARK",
        [0x200F] = "RIGHT-TO-LEFT MARK",
        [0x202A] = "LEFT-TO-RIGHT EMBEDDING",
        [0x202B] = "RIGHT-TO-LEFT EMBEDDING",
        [0x202C] = "POP DIRECTIONAL FORMATTING",
        [0x202D] = "LEFT-TO-RIGHT OVERRIDE",
        [0x202E] = "RIGHT-TO-LEFT OVERRIDE",
        [0x2060] = "WORD JOINER",
        [0x2066] = "LEFT-TO-RIGHT ISOLATE",
        [0x2067] = "RIGHT-TO-LEFT ISOLATE",
        [0x2068] = "FIRST STRONG ISOLATE",
        [0x2069] = "POP DIRECTIONAL ISOLATE",
        [0x3164] = "HANGUL FILLER",
        [0xFEFF] = "ZERO WIDTH NO-BREAK SPACE",
        [0xFFA0] = "HALFWIDTH HANGUL FILLER",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    // Top-level declarations only (incidents and catalog declarations): each scans its whole syntax,
    // members included, so every character is reported once.
    public override void Initialize(AnalysisContext context) =>
        context.RegisterSymbolAction(Analyze, LanguageSchema.All.Where(d => d.AllowedAtTopLevel).Select(d => d.Kind).ToArray());

    private static void Analyze(SymbolAnalysisContext context)
    {
        if (context.Symbol.Incident is not null)
        {
            return;
        }

        var declaration = context.Symbol.Syntax.FullSpan;
        if (!MayHoldReportableCharacter(context.Symbol.Tree.Text.Text.AsSpan(declaration.Start, declaration.Length)))
        {
            return;
        }

        // A value the binder refused (an INC1010 URL, say) already has its diagnostic: one problem, one diagnostic.
        IEnumerable<Symbol> symbols = context.Symbol is IncidentSymbol incident ? incident.Members.Prepend(incident) : [context.Symbol];
        var refused = symbols.SelectMany(s => s.Properties.Values).Where(p => p.HasErrors).Select(p => p.Syntax.Value.Span).ToList();

        foreach (var token in context.Symbol.Syntax.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.Kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia && MayHoldReportableCharacter(trivia.Text))
                {
                    Check(context, Runes(trivia.Text, trivia.Position), "a comment", isName: false);
                }
            }

            if (token.Kind == SyntaxKind.StringLiteralToken && MayHoldReportableCharacter(token.Text) && !refused.Any(span => span.Start <= token.Span.Start && token.Span.End <= span.End))
            {
                var property = PropertyOf(token);
                var isName = property is not null && NameProperties.Contains(property.Name.Text, StringComparer.Ordinal);
                Check(context, LiteralRunes.Read(token), isName ? $"the {property!.Name.Text} value" : "a string", isName);
            }
        }
    }

    /// <summary>
    /// Whether source text (a declaration with its trivia, a comment, a string literal) has a character outside ASCII or a
    /// <c>\u</c> that may start an escape: every character this rule reports is outside ASCII, written as itself or as a
    /// <c>\u{…}</c> escape. One vectorized scan, so a report without such characters costs no walk over its tokens, and a
    /// string without them is not decoded.
    /// </summary>
    private static bool MayHoldReportableCharacter(ReadOnlySpan<char> text) => text.ContainsAnyExceptInRange('\0', '\u007F') || text.Contains("\\u", StringComparison.Ordinal);

    private static PropertySyntax? PropertyOf(SyntaxToken token)
    {
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            if (node is PropertySyntax property)
            {
                return property;
            }

            if (node is DeclarationSyntax)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A comment's characters: comments have no escapes.</summary>
    private static IEnumerable<(Rune Rune, TextSpan Span)> Runes(string text, int position)
    {
        var offset = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            yield return (rune, new TextSpan(position + offset, rune.Utf16SequenceLength));
            offset += rune.Utf16SequenceLength;
        }
    }

    private static void Check(SymbolAnalysisContext context, IEnumerable<(Rune Rune, TextSpan Span)> runes, string where, bool isName)
    {
        foreach (var (rune, span) in runes)
        {
            if (IsBidiControl(rune.Value))
            {
                Report(context, span, rune, "bidirectional control", where, "it makes the text display in another order than it is stored");
            }
            else if (isName && IsInvisible(rune))
            {
                Report(context, span, rune, "invisible character", where, "the name differs from one that looks the same");
            }
        }
    }

    private static void Report(SymbolAnalysisContext context, TextSpan span, Rune rune, string what, string where, string why)
    {
        var code = rune.Value.ToString("X4", CultureInfo.InvariantCulture);
        var name = Names.GetValueOrDefault(rune.Value, "format character");
        context.Report(Descriptor, span, DiagnosticFix.Replace($"Remove U+{code}", span, string.Empty), char.ToUpperInvariant(what[0]) + what[1..], code, name, where, why);
    }

    /// <summary>The embeddings, overrides and isolates that reorder display (the Trojan Source set).</summary>
    public static bool IsBidiControl(int c) => c is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    /// <summary>Format characters and the characters that draw nothing although they are letters or marks.</summary>
    public static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || rune.Value is 0x034F or 0x115F or 0x1160 or 0x3164 or 0xFFA0;
}
