namespace IncidentLang.Tests.Analyzers;

public sealed class DateAfterReportedAnalyzerTests : AnalyzerTest
{
    [Fact]
    public void INC2004_event_after_the_reported_date() =>
        AssertSingle(Edit("  claim c1 {", "  event {\n    date: [|2025-01-11|]\n    text: \"Later\"\n    sources: [src]\n  }\n\n  claim c1 {"), "INC2004",
            "The event date 2025-01-11 is after the incident's reported date 2025-01-10: move 'reported' forward if the report was updated later, or correct this date's year");

    [Fact]
    public void INC2004_reported_date_in_the_future() =>
        AssertSingle(Edit("reported: 2025-01-10", "reported: [|2026-01-16|]"), "INC2004",
            "The reported date 2026-01-16 is in the future (today is 2026-01-15)");

    [Fact]
    public void INC2004_a_partial_date_is_after_only_if_its_first_day_is() =>
        AssertClean(Edit("  claim c1 {", "  event {\n    date: 2025-01\n    text: \"This month\"\n    sources: [src]\n  }\n\n  claim c1 {"));

    [Fact]
    public void INC2004_names_the_property_when_it_is_not_the_date() =>
        AssertSingle(Edit("  claim c1 {", "  event {\n    date: 2025-01-01\n    end: [|2025-01-12|]\n    text: \"Later\"\n    sources: [src]\n  }\n\n  claim c1 {"), "INC2004",
            "The end date 2025-01-12 is after the incident's reported date 2025-01-10: move 'reported' forward if the report was updated later, or correct this date's year");

    [Fact]
    public void INC2004_help_says_the_usual_fix_is_the_reported_date() =>
        Assert.Contains("Usually the date to fix is the incident's `reported`", IncidentLang.Analyzers.Rules.DateAfterReportedAnalyzer.Descriptor.Help, StringComparison.Ordinal);

    [Fact]
    public void INC2004_catalog_dates_are_checked_against_today_only() =>
        AssertSingle("source cat {\n  name: \"Catalog\"\n  kind: press\n  published: [|2027|]\n}\n\n" + Clean, "INC2004");

    [Fact]
    public void INC2004_dates_equal_to_reported_are_fine() =>
        AssertClean(Edit("  claim c1 {", "  event {\n    date: 2025-01-10\n    text: \"Same day\"\n    sources: [src]\n  }\n\n  claim c1 {"));
}
