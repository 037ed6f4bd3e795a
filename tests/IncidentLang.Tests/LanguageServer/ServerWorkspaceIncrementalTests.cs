using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Syntax;
using IncidentLang.Tests.Cli;
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
}
