using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2019: a word of a name a reader sees (<c>name</c>, <c>title</c>, <c>aliases</c>) mixes letters of
/// the Latin, Cyrillic and Greek scripts, whose look-alikes (Cyrillic а, е, о, р, с; Greek ο, ν) let one
/// name pass for another in review and in the briefing. A word written in one script only — all-Cyrillic
/// <c>группа</c>, all-Greek <c>Στροντιο</c> — is not reported. Reported at the word as the source spells it
/// (a letter written as an escape, <c>\u{430}</c>, is still that letter in the briefing). Identifiers are ASCII
/// (grammar/IncidentLexer.g4), so declaration names and references cannot mix scripts: a non-ASCII letter
/// there is INC0001.
/// </summary>
internal sealed class MixedScriptNameAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2019", "Name mixes scripts", "'{0}' mixes {1} and {2} letters ('{3}' is U+{4}, a {2} letter); it can pass for another name", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "A word of a `name`, `title` or `aliases` value mixes Latin, Cyrillic and Greek letters. Many letters of these scripts look the same (Cyrillic `а` U+0430 and Latin `a`), so `аpt28` reads as `apt28` in a review and in the briefing while being a different name: a reviewer approves what they did not read. Write the word in one script. A name written entirely in one script, such as `группа`, is not reported.",
        "name: \"\u0430pt28\"   // the first letter is Cyrillic", "name: \"apt28\"");

    /// <summary>The properties whose values are names a reader compares.</summary>
    private static readonly string[] NameProperties = ["name", "title", "aliases"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterSymbolAction(Analyze, LanguageSchema.All.Select(d => d.Kind).ToArray());

    private static void Analyze(SymbolAnalysisContext context)
    {
        foreach (var name in NameProperties)
        {
            if (context.Symbol.GetProperty(name) is not { HasErrors: false } property)
            {
                continue;
            }

            foreach (var value in property.Values)
            {
                if (value.Syntax is LiteralValueSyntax { Token: { Kind: SyntaxKind.StringLiteralToken } token })
                {
                    Check(context, token);
                }
            }
        }
    }

    private static void Check(SymbolAnalysisContext context, SyntaxToken token)
    {
        var word = new List<(Rune Rune, TextSpan Span)>();
        foreach (var entry in LiteralRunes.Read(token).Append((Rune.ReplacementChar, default)))
        {
            if (IsWordChar(entry.Rune))
            {
                word.Add(entry);
                continue;
            }

            if (word.Count > 0)
            {
                CheckWord(context, word);
                word.Clear();
            }
        }
    }

    private static void CheckWord(SymbolAnalysisContext context, List<(Rune Rune, TextSpan Span)> word)
    {
        var counts = new int[3];
        foreach (var (rune, _) in word)
        {
            if (ScriptOf(rune) is { } script)
            {
                counts[(int)script]++;
            }
        }

        var present = Enumerable.Range(0, 3).Where(i => counts[i] > 0).ToList();
        if (present.Count < 2)
        {
            return;
        }

        // The script with the most letters is the word's; the first letter of another is the look-alike.
        var main = (Script)present.MaxBy(i => counts[i]);
        var odd = word.First(e => ScriptOf(e.Rune) is { } s && s != main).Rune;
        var text = string.Concat(word.Select(e => e.Rune.ToString()));
        var span = TextSpan.FromBounds(word[0].Span.Start, word[^1].Span.End);
        context.Report(Descriptor, span, text, main, ScriptOf(odd)!.Value, odd, odd.Value.ToString("X4", CultureInfo.InvariantCulture));
    }

    private static bool IsWordChar(Rune r) =>
        Rune.IsLetterOrDigit(r) || Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private enum Script
    {
        Latin,
        Cyrillic,
        Greek,
    }

    private static Script? ScriptOf(Rune rune)
    {
        if (!Rune.IsLetter(rune) || !rune.IsBmp)
        {
            return null;
        }

        return (char)rune.Value switch
        {
            <= '\u024F' or (>= '\u1E00' and <= '\u1EFF') or (>= '\u2C60' and <= '\u2C7F') or (>= '\uA720' and <= '\uA7FF')
                or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A') => Script.Latin,
            (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF') => Script.Greek,
            (>= '\u0400' and <= '\u052F') or (>= '\u1C80' and <= '\u1C8F') or (>= '\u2DE0' and <= '\u2DFF') or (>= '\uA640' and <= '\uA69F') => Script.Cyrillic,
            _ => null,
        };
    }
}
