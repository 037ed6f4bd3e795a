using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Analyzers;

/// <summary>INC2020: bidirectional controls in any string or comment; other invisible characters in names.</summary>
public sealed class InvisibleCharacterAnalyzerTests : AnalyzerTest
{
    [Fact]
    public void INC2020_zero_width_space_in_a_name_and_its_fix()
    {
        var marked = Edit("name: \"Target\"", "name: \"Tar[|\u200b|]get\"");
        var diagnostic = AssertSingle(marked, "INC2020", "Invisible character U+200B (ZERO WIDTH SPACE) in the name value: the name differs from one that looks the same");
        var fixedText = ApplyFix(MarkedSource.Parse(marked).Text, diagnostic);
        Assert.Contains("name: \"Target\"", fixedText, StringComparison.Ordinal);
        AssertClean(fixedText);
    }

    [Theory]
    [InlineData("\u200c", "ZERO WIDTH NON-JOINER")]
    [InlineData("\u200d", "ZERO WIDTH JOINER")]
    [InlineData("\u00ad", "SOFT HYPHEN")]
    [InlineData("\u2060", "WORD JOINER")]
    [InlineData("\ufeff", "ZERO WIDTH NO-BREAK SPACE")]
    [InlineData("\u200e", "LEFT-TO-RIGHT MARK")]
    [InlineData("\u3164", "HANGUL FILLER")]
    [InlineData("\u034f", "COMBINING GRAPHEME JOINER")]
    [InlineData("\u2062", "format character")]
    public void INC2020_invisible_characters_in_a_name(string character, string name) =>
        AssertSingle(Edit("name: \"Actor\"", $"name: \"Ac[|{character}|]tor\""), "INC2020",
            $"Invisible character U+{(int)character[0]:X4} ({name}) in the name value: the name differs from one that looks the same");

    [Fact]
    public void INC2020_a_tag_character_outside_the_BMP_is_one_diagnostic_of_two_code_units() =>
        AssertSingle(Edit("name: \"Actor\"", "name: \"Actor[|\U000E0041|]\""), "INC2020",
            "Invisible character U+E0041 (format character) in the name value: the name differs from one that looks the same");

    [Theory]
    [InlineData("\u202a", "LEFT-TO-RIGHT EMBEDDING")]
    [InlineData("\u202b", "RIGHT-TO-LEFT EMBEDDING")]
    [InlineData("\u202c", "POP DIRECTIONAL FORMATTING")]
    [InlineData("\u202d", "LEFT-TO-RIGHT OVERRIDE")]
    [InlineData("\u202e", "RIGHT-TO-LEFT OVERRIDE")]
    [InlineData("\u2066", "LEFT-TO-RIGHT ISOLATE")]
    [InlineData("\u2067", "RIGHT-TO-LEFT ISOLATE")]
    [InlineData("\u2068", "FIRST STRONG ISOLATE")]
    [InlineData("\u2069", "POP DIRECTIONAL ISOLATE")]
    public void INC2020_bidirectional_controls_in_prose(string character, string name) =>
        AssertSingle(Edit("\"The actor accessed the target.\"", $"\"The actor sent invoice[|{character}|]fdp.exe.\""), "INC2020",
            $"Bidirectional control U+{(int)character[0]:X4} ({name}) in a string: it makes the text display in another order than it is stored");

    [Fact]
    public void INC2020_bidirectional_control_in_a_comment() =>
        AssertSingle(Edit("confidence: moderate", "confidence: moderate // high[|\u202e|]"), "INC2020",
            "Bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) in a comment: it makes the text display in another order than it is stored");

    [Fact]
    public void INC2020_bidirectional_control_in_a_comment_before_a_declaration() =>
        AssertSingle("// reviewed: ok[|\u2066|]\n" + Clean, "INC2020",
            "Bidirectional control U+2066 (LEFT-TO-RIGHT ISOLATE) in a comment: it makes the text display in another order than it is stored");

    [Fact]
    public void INC2020_bidirectional_control_in_a_catalog_declaration() =>
        AssertSingle(Clean + "\ntool t {\n  name: \"Mimikatz\"\n  aliases: [\"katz[|\u2067|]\"]\n}\n", "INC2020");

    [Fact]
    public void INC2020_each_character_is_reported_once()
    {
        var diagnostics = TestCompiler.Diagnose(Edit("\"The actor accessed the target.\"", "\"a\u202eb\u2069 c\u2066d\u2069\""));
        Assert.Equal(4, diagnostics.Count(d => d.Id == "INC2020"));
        Assert.Equal(4, diagnostics.Select(d => d.Location.Span.Start).Distinct().Count());
    }

    [Fact]
    public void INC2020_a_character_written_as_an_escape_is_reported_at_the_escape() =>
        AssertSingle(Edit("\"The actor accessed the target.\"", "\"The actor sent invoice[|\\u{202E}|]fdp.exe.\""), "INC2020",
            "Bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) in a string: it makes the text display in another order than it is stored");

    [Fact]
    public void INC2020_in_a_triple_quoted_string() =>
        AssertSingle(Edit("\"The actor accessed the target.\"", "\"\"\"\n      The actor sent invoice[|\u202e|]fdp.exe.\n      \"\"\""), "INC2020");

    [Fact]
    public void INC2020_a_url_the_binder_refused_gets_INC1010_only() =>
        AssertSingle(Edit("reliability: B", "reliability: B\n    url: [|\"https://example.org/\u202egpj.exe\"|]"), "INC1010");

    [Theory]
    [InlineData("The family \u0433\u0440\u0443\u043f\u043f\u0430 said so.")]   // Cyrillic prose
    [InlineData("A family emoji \U0001F468\u200d\U0001F469\u200d\U0001F467 in prose.")] // ZWJ sequence in prose
    [InlineData("Soft hy\u00adphens and zero\u200bwidth spaces in prose.")]  // invisible, but not bidi: prose only
    public void INC2020_not_reported(string text) =>
        AssertClean(Edit("\"The actor accessed the target.\"", $"\"{text}\""));
}
