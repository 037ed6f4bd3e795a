namespace IncidentLang.Tests.Analyzers;

/// <summary>INC2019: a word of a name, title or alias that mixes Latin, Cyrillic and Greek letters.</summary>
public sealed class MixedScriptNameAnalyzerTests : AnalyzerTest
{
    [Fact]
    public void INC2019_cyrillic_a_in_a_latin_actor_name() =>
        AssertSingle(Edit("name: \"Actor\"", "name: \"[|\u0430pt28|]\""), "INC2019",
            "'\u0430pt28' mixes Latin and Cyrillic letters ('\u0430' is U+0430, a Cyrillic letter); it can pass for another name");

    [Fact]
    public void INC2019_greek_omicron_in_an_alias_is_reported_at_the_word() =>
        AssertSingle(Edit("country: RU", "country: RU\n    aliases: [\"Night Crew\", \"Night [|Sh\u03bfvel|] gang\"]"), "INC2019",
            "'Sh\u03bfvel' mixes Latin and Greek letters ('\u03bf' is U+03BF, a Greek letter); it can pass for another name");

    [Fact]
    public void INC2019_latin_letter_in_a_cyrillic_word_names_the_latin_letter() =>
        AssertSingle(Edit("name: \"Target\"", "name: \"[|\u0433\u0440\u0443\u043fpa|]\""), "INC2019",
            "'\u0433\u0440\u0443\u043fpa' mixes Cyrillic and Latin letters ('p' is U+0070, a Latin letter); it can pass for another name");

    [Fact]
    public void INC2019_in_the_incident_title() =>
        AssertSingle(Edit("title: \"Test incident\"", "title: \"Test [|inc\u0456dent|]\""), "INC2019");

    [Fact]
    public void INC2019_in_a_catalog_declaration() =>
        AssertSingle(Clean + "\nmalware emotet {\n  name: \"[|Emot\u0435t|]\"\n}\n", "INC2019");

    [Fact]
    public void INC2019_every_mixed_word_once() =>
        Assert.Equal(2, Infrastructure.TestCompiler.Diagnose(Edit("name: \"Actor\"", "name: \"\u0430pt28 and F\u0430ncy bear\"")).Count(d => d.Id == "INC2019"));

    [Theory]
    [InlineData("\u0433\u0440\u0443\u043f\u043f\u0430")]                  // all Cyrillic: группа
    [InlineData("\u03a3\u03c4\u03c1\u03bf\u03bd\u03c4\u03b9\u03bf")]      // all Greek
    [InlineData("\u0433\u0440\u0443\u043f\u043f\u0430 Sandworm")]         // one script per word
    [InlineData("Caf\u00e9 \u00c5ngstr\u00f6m \u0141\u00f3d\u017a")]      // Latin with diacritics
    [InlineData("APT28 \u6f22\u5b57 \u0627\u0644\u0639\u0631\u0628\u064a\u0629")] // other scripts are not look-alikes of Latin here
    public void INC2019_not_reported_for_a_name_in_one_script_per_word(string name) =>
        AssertClean(Edit("name: \"Actor\"", $"name: \"{name}\""));

    [Fact]
    public void INC2019_a_letter_written_as_an_escape_is_that_letter() =>
        AssertSingle(Edit("name: \"Actor\"", "name: \"[|\\u{430}pt28|] group\""), "INC2019",
            "'\u0430pt28' mixes Latin and Cyrillic letters ('\u0430' is U+0430, a Cyrillic letter); it can pass for another name");

    [Fact]
    public void INC2019_not_reported_in_prose() =>
        AssertClean(Edit("\"The actor accessed the target.\"", "\"The actor \u0430pt28 accessed the target.\""));
}
