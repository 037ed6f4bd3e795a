using IncidentLang.Cli.Reporting;

namespace IncidentLang.Tests.Cli;

/// <summary><see cref="UnifiedDiff"/> prints what GNU <c>diff -u</c> prints (each expectation was taken from it).</summary>
public sealed class UnifiedDiffTests
{
    private static string Hunks(string oldText, string newText) => UnifiedDiff.Create("f.inc", oldText, newText).Split('\n', 3)[2];

    [Fact]
    public void Headers_use_a_and_b_prefixes_for_relative_paths_and_none_for_absolute_ones()
    {
        Assert.StartsWith("--- a/dir/f.inc\n+++ b/dir/f.inc\n@@ -1 +1 @@\n", UnifiedDiff.Create("dir/f.inc", "x\n", "y\n"), StringComparison.Ordinal);
        var absolute = Path.Combine(Path.GetTempPath(), "f.inc");
        Assert.StartsWith($"--- {absolute}\n+++ {absolute}\n", UnifiedDiff.Create(absolute, "x\n", "y\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_change_no_diff() => Assert.Equal(string.Empty, UnifiedDiff.Create("f.inc", "x\n", "x\n"));

    [Fact]
    public void An_insertion_at_the_top() => Assert.Equal("@@ -1 +1,2 @@\n+new\n x\n", Hunks("x\n", "new\nx\n"));

    [Fact]
    public void Everything_deleted() => Assert.Equal("@@ -1,2 +0,0 @@\n-a\n-b\n", Hunks("a\nb\n", string.Empty));

    [Fact]
    public void Distant_changes_get_separate_hunks_with_three_lines_of_context()
    {
        var before = string.Concat(Enumerable.Range(1, 20).Select(i => $"{i}\n"));
        var after = before.Replace("\n2\n", "\ntwo\n", StringComparison.Ordinal).Replace("\n19\n", "\nnineteen\n", StringComparison.Ordinal);
        Assert.Equal("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n@@ -16,5 +16,5 @@\n 16\n 17\n 18\n-19\n+nineteen\n 20\n", Hunks(before, after));
    }

    [Fact]
    public void A_final_line_without_a_newline_is_marked() =>
        Assert.Equal("@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n", Hunks("a\nb", "a\nb\n"));

    [Fact]
    public void Crlf_lines_keep_their_carriage_return() =>
        Assert.Equal("@@ -1,2 +1,2 @@\n-a\r\n+A\r\n b\r\n", Hunks("a\r\nb\r\n", "A\r\nb\r\n"));
}
