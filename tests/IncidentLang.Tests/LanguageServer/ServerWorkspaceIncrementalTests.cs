using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Syntax;
using IncidentLang.Tests.Cli;
using IncidentLang.Tests.Reliability;
using Xunit;

namespace IncidentLang.Tests.LanguageServer;

/// <summary>The server's next compilation is its last one with the edited document's tree replaced: the rest of the folder is reused, not re-listed nor rebound.</summary>
public sealed class ServerWorkspaceIncrementalTests
{
    private const string Catalog = "source shared {\n  name: \"Shared\"\n  kind: press\n  reliability: B\n  url: \"https://example.com\"\n}\n";

    private static string Report(int i) =>
        $"incident report-{i} {{\n  title: \"Report {i}\"\n  reported: 2025-01-01\n  summary: \"S\"\n  claim c {{\n    text: \"Text.\"\n    confidence: moderate\n    sources: [shared]\n  }}\n}}\n";

    [Fact]
    public void An_edit_replaces_one_tree_and_reuses_every_other_incident()
    {
        using var folder = new TempFolder();
        folder.Write("catalog.inc", Catalog);
        var paths = Enumerable.Range(0, 20).Select(i => folder.Write($"r/report-{i}.inc", Report(i))).ToList();
        var workspace = new ServerWorkspace { Today = () => new DateOnly(2026, 1, 15) };
        workspace.SetRoots([folder.Path]);
        var uri = DocumentUri.FromPath(paths[3]);
        workspace.Open(uri, Report(3), 1);
        var first = workspace.Snapshot(uri)!;
        Assert.Empty(first.Compilation.GetDiagnostics());

        // Break the reference in report 3: "shared" → "sharedx" (a ranged edit, as editors send it).
        var at = new Position(7, "    sources: [shared".Length);
        workspace.Change(uri, 2, [(new LspRange(at, at), "x")]);
        var second = workspace.Snapshot(uri)!;

        Assert.Equal(2, second.Version);
        Assert.Equal(first.Compilation.SyntaxTrees.Length, second.Compilation.SyntaxTrees.Length);
        Assert.Equal(19 + 1, first.Compilation.SyntaxTrees.Count(t => second.Compilation.SyntaxTrees.Contains(t)));
        var diagnostic = Assert.Single(second.Compilation.GetDiagnostics());
        Assert.Equal(("INC1005", paths[3]), (diagnostic.Id, diagnostic.Location.FilePath));
        Assert.Equal(
            Compilation.Create(second.Compilation.SyntaxTrees, second.Compilation.Options).GetDiagnostics().Select(d => d.ToString()),
            second.Compilation.GetDiagnostics().Select(d => d.ToString()));
        foreach (var incident in second.Compilation.Bound.Incidents.Where(i => i.Name != "report-3"))
        {
            Assert.Contains(incident, first.Compilation.Bound.Incidents);
        }

        Assert.DoesNotContain(second.Compilation.Bound.Incidents.Single(i => i.Name == "report-3"), first.Compilation.Bound.Incidents);

        // No edit since: the same compilation, not a new one.
        Assert.Same(second.Compilation, workspace.Snapshot(uri)!.Compilation);
    }

    [Fact]
    public void A_file_over_the_size_limit_in_the_folder_is_reported_without_being_read()
    {
        using var folder = new TempFolder();
        var huge = folder.Write("huge.inc", string.Empty);
        using (var stream = File.OpenWrite(huge))
        {
            stream.SetLength(SyntaxLimits.MaxFileBytes + 1); // sparse: nothing is written, reading it would give 50 MiB of NULs
        }

        var path = folder.Write("report.inc", Report(1).Replace("sources: [shared]", "sources: []", StringComparison.Ordinal));
        var workspace = new ServerWorkspace { Today = () => new DateOnly(2026, 1, 15) };
        workspace.SetRoots([folder.Path]);
        var uri = DocumentUri.FromPath(path);
        workspace.Open(uri, File.ReadAllText(path), 1);

        var compilation = workspace.Snapshot(uri)!.Compilation;
        var tree = Assert.Single(compilation.SyntaxTrees, t => t.FilePath == huge);
        Assert.Equal(0, tree.Text.Length);
        var diagnostic = Assert.Single(compilation.GetDiagnostics(), d => d.Location.FilePath == huge);
        Assert.Equal(("INC0009", 0, 0), (diagnostic.Id, diagnostic.Location.Span.Start, diagnostic.Location.Span.Length));
        Assert.Contains((SyntaxLimits.MaxFileBytes + 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abcdef", "abXdef", 2, 3, "X")]
    [InlineData("abcdef", "abcdef", 6, 6, "")]
    [InlineData("aaaa", "aaaaa", 4, 4, "a")]
    [InlineData("abc", "", 0, 3, "")]
    [InlineData("", "xyz", 0, 0, "xyz")]
    [InlineData("abcabc", "abc", 3, 6, "")]
    public void A_full_text_change_is_the_span_between_the_common_prefix_and_suffix(string before, string after, int start, int end, string inserted)
    {
        var (span, text) = ServerWorkspace.Difference(before, after);
        Assert.Equal((start, end, inserted), (span.Start, span.End, text));
        Assert.Equal(after, string.Concat(before.AsSpan(0, span.Start), text, before.AsSpan(span.End)));
    }

    [Fact]
    public void A_full_text_sync_client_gets_the_diagnostics_of_the_new_text()
    {
        using var folder = new TempFolder();
        folder.Write("catalog.inc", Catalog);
        var path = folder.Write("report.inc", Report(1));
        var workspace = new ServerWorkspace { Today = () => new DateOnly(2026, 1, 15) };
        workspace.SetRoots([folder.Path]);
        var uri = DocumentUri.FromPath(path);
        workspace.Open(uri, Report(1), 1);
        Assert.Empty(workspace.Snapshot(uri)!.Compilation.GetDiagnostics());

        var broken = Report(1).Replace("sources: [shared]", "sources: [sharedx", StringComparison.Ordinal);
        workspace.Change(uri, 2, [(null, broken)]);
        var snapshot = workspace.Snapshot(uri)!;
        Assert.Equal(broken, snapshot.Text.Text);
        Assert.Equal(
            Compilation.Create([SyntaxTree.Parse(broken, path), .. snapshot.Compilation.SyntaxTrees.Where(t => t.FilePath != path)], snapshot.Compilation.Options)
                .GetDiagnostics().Select(d => d.ToString()),
            snapshot.Compilation.GetDiagnostics().Select(d => d.ToString()));
        Assert.NotEmpty(snapshot.Compilation.GetDiagnostics());

        workspace.Change(uri, 3, [(null, Report(1))]);
        Assert.Empty(workspace.Snapshot(uri)!.Compilation.GetDiagnostics());
    }

    [Fact]
    public void Edits_made_before_the_tree_is_asked_for_are_reparsed_as_one_and_give_the_tree_of_the_last_text()
    {
        using var folder = new TempFolder();
        folder.Write("catalog.inc", Catalog);
        var path = folder.Write("report.inc", Report(1));
        var workspace = new ServerWorkspace { Today = () => new DateOnly(2026, 1, 15) };
        workspace.SetRoots([folder.Path]);
        var uri = DocumentUri.FromPath(path);
        workspace.Open(uri, Report(1), 1);
        Assert.Empty(workspace.Snapshot(uri)!.Compilation.GetDiagnostics());

        // Three ranged edits, each against the text the one before left, with no snapshot between them: "shared" → "sh{red"
        // (broken) → "shred" → "shredx", one of them started on the thread pool as the server does.
        const int line = 7;
        workspace.Change(uri, 2, [(new LspRange(new Position(line, 16), new Position(line, 17)), "{")]);
        workspace.StartParsing(uri, TextWriter.Null);
        workspace.Change(uri, 3, [(new LspRange(new Position(line, 16), new Position(line, 17)), string.Empty)]);
        workspace.Change(uri, 4, [(new LspRange(new Position(line, 19), new Position(line, 19)), "x")]);
        var snapshot = workspace.Snapshot(uri)!;

        var expected = Report(1).Replace("sources: [shared]", "sources: [shredx]", StringComparison.Ordinal);
        Assert.Equal((4, expected), (snapshot.Version, snapshot.Text.Text));
        Assert.Equal(SyntaxTreeDump.Write(SyntaxTree.Parse(expected, path)), SyntaxTreeDump.Write(snapshot.Tree));
        Assert.Equal(
            Compilation.Create([SyntaxTree.Parse(expected, path), .. snapshot.Compilation.SyntaxTrees.Where(t => t.FilePath != path)], snapshot.Compilation.Options)
                .GetDiagnostics().Select(d => d.ToString()),
            snapshot.Compilation.GetDiagnostics().Select(d => d.ToString()));
        Assert.Equal("INC1005", Assert.Single(snapshot.Compilation.GetDiagnostics()).Id);
    }
}
