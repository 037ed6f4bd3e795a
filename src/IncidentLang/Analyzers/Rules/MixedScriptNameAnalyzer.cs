using System.Collections.Immutable;
using System.Globalization;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2019: a word of a name a reader sees (<c>name</c>, <c>title</c>, <c>aliases</c>) mixes letters of
/// the Latin, Cyrillic and Greek scripts, whose look-alikes (Cyrillic а, е, о, р, с; Greek ο, ν) let one
/// name pass for another in review and in the briefing. A word written in one script only — all-Cyrillic
/// <c>группа</c>, all-Greek <c>Στροντιο</c> — is not reported. Reported at the word, in the source text as
/// written (a <c>\u0430</c> escape is visible in review and is not a look-alike). Identifiers are ASCII
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
        var text = token.Text;
        var start = 0;
        while (start < text.Length)
        {
            if (!IsWordChar(text[start]))
            {
                start++;
                continue;
            }

            var end = start;
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }

            CheckWord(context, token.Position + start, text[start..end]);
            start = end;
        }
    }

    private static void CheckWord(SymbolAnalysisContext context, int position, string word)
    {
        var counts = new int[3];
        foreach (var c in word)
        {
            if (ScriptOf(c) is { } script)
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
        var odd = word.First(c => ScriptOf(c) is { } s && s != main);
        var oddScript = ScriptOf(odd)!.Value;
        context.Report(Descriptor, new TextSpan(position, word.Length), word, main, oddScript, odd, ((int)odd).ToString("X4", CultureInfo.InvariantCulture));
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private enum Script
    {
        Latin,
        Cyrillic,
        Greek,
    }

    private static Script? ScriptOf(char c)
    {
        if (!char.IsLetter(c))
        {
            return null;
        }

        return c switch
        {
            <= '\u024F' or (>= '\u1E00' and <= '\u1EFF') or (>= '\u2C60' and <= '\u2C7F') or (>= '\uA720' and <= '\uA7FF')
                or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A') => Script.Latin,
            (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF') => Script.Greek,
            (>= '\u0400' and <= '\u052F') or (>= '\u1C80' and <= '\u1C8F') or (>= '\u2DE0' and <= '\u2DFF') or (>= '\uA640' and <= '\uA69F') => Script.Cyrillic,
            _ => null,
        };
    }
}
