using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Tests.Diagnostics;

/// <summary><see cref="FixApplier"/> and <see cref="SourceText.WithChanges"/>: what <c>inc check --fix</c> and an editor's "fix all" share.</summary>
public sealed class FixApplierTests
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.UnknownProperty;

    private static Diagnostic WithFix(SourceText text, int start, int length, string newText) =>
        Diagnostic.Create(Rule, text, new TextSpan(start, length), "x", "y", string.Empty) with { Fix = DiagnosticFix.Replace("Change", new TextSpan(start, length), newText) };

    [Fact]
    public void Changes_apply_in_any_order_against_the_original_positions()
    {
        var text = SourceText.From("abc def ghi", "a.inc");
        var result = text.WithChanges([new TextChange(new TextSpan(8, 3), "GHI"), new TextChange(new TextSpan(0, 3), "A"), new TextChange(new TextSpan(4, 0), "_")]);
        Assert.Equal("A _def GHI", result.Text);
        Assert.Equal("a.inc", result.FilePath);
    }

    [Theory]
    [InlineData(0, 3, 2, 3)] // share characters
    [InlineData(2, 0, 2, 0)] // two insertions at one point
    [InlineData(0, 3, 3, 0)] // an insertion at the end of a replacement
    [InlineData(3, 0, 3, 2)] // an insertion at the start of a replacement
    public void Overlapping_changes_are_refused(int start1, int length1, int start2, int length2)
    {
        var text = SourceText.From("abcdefgh");
        Assert.True(new TextChange(new TextSpan(start1, length1), "x").Overlaps(new TextChange(new TextSpan(start2, length2), "y")));
        Assert.Throws<ArgumentException>(() => text.WithChanges([new TextChange(new TextSpan(start1, length1), "x"), new TextChange(new TextSpan(start2, length2), "y")]));
    }

    [Fact]
    public void Replacements_that_only_touch_do_not_overlap() =>
        Assert.Equal("XY", SourceText.From("abcd").WithChanges([new TextChange(new TextSpan(0, 2), "X"), new TextChange(new TextSpan(2, 2), "Y")]).Text);

    [Fact]
    public void A_change_outside_the_text_is_refused() =>
        Assert.Throws<ArgumentException>(() => SourceText.From("abc").WithChanges([new TextChange(new TextSpan(2, 5), "x")]));

    [Fact]
    public void Of_two_overlapping_fixes_the_first_in_position_order_is_applied_and_the_other_skipped()
    {
        var text = SourceText.From("confidance: moderat", "a.inc");
        var later = WithFix(text, 3, 8, "FIDENCE:");
        var first = WithFix(text, 0, 10, "confidence");
        var elsewhere = WithFix(text, 12, 7, "moderate");
        var result = FixApplier.Apply(text, [later, elsewhere, first]);
        Assert.Equal("confidence: moderate", result.Text.Text);
        Assert.Equal(new[] { first, elsewhere }, result.Applied);
        Assert.Equal(new[] { later }, result.Skipped);
    }

    [Fact]
    public void The_same_fix_twice_is_applied_once()
    {
        var text = SourceText.From("moderat", "a.inc");
        var result = FixApplier.Apply(text, [WithFix(text, 0, 7, "moderate"), WithFix(text, 0, 7, "moderate")]);
        Assert.Equal("moderate", result.Text.Text);
        Assert.Equal(2, result.Applied.Length);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void Diagnostics_of_other_files_and_without_fixes_are_ignored()
    {
        var text = SourceText.From("moderat", "a.inc");
        var other = SourceText.From("moderat", "b.inc");
        var result = FixApplier.Apply(text, [WithFix(other, 0, 7, "moderate"), Diagnostic.Create(Rule, text, new TextSpan(0, 7), "x", "y", string.Empty)]);
        Assert.Same(text, result.Text);
        Assert.Empty(result.Applied);
    }

    [Fact]
    public void New_line_breaks_follow_the_text()
    {
        var text = SourceText.From("actor a {\r\n  name: \"APT\"\r\n}\r\n", "a.inc");
        var insert = Diagnostic.Create(Rule, text, new TextSpan(19, 5), "x", "y", string.Empty) with { Fix = DiagnosticFix.Insert("Add", 24, "\n  attack-id: G0001") };
        Assert.Equal("actor a {\r\n  name: \"APT\"\r\n  attack-id: G0001\r\n}\r\n", FixApplier.Apply(text, [insert]).Text.Text);
    }

    [Fact]
    public void A_fix_outside_the_text_is_skipped()
    {
        var text = SourceText.From("abc", "a.inc");
        var result = FixApplier.Apply(text, [WithFix(text, 1, 1, "B") with { Fix = DiagnosticFix.Replace("Bad", new TextSpan(2, 9), "x") }]);
        Assert.Same(text, result.Text);
        Assert.Single(result.Skipped);
    }
}
