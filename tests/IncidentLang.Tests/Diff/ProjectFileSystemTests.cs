using IncidentLang.Diagnostics;
using IncidentLang.Projects;
using IncidentLang.Tests.Cli;

namespace IncidentLang.Tests.Diff;

/// <summary>A snapshot in memory (how <c>inc diff</c> reads a git revision) loads exactly as the same files on disk.</summary>
public sealed class ProjectFileSystemTests
{
    [Fact]
    public void A_snapshot_loads_the_same_files_configuration_and_catalogs_as_the_disk()
    {
        using var folder = new TempFolder();
        folder.Write("reports/incidentlang.json", """{ "catalogs": ["catalog/*.inc"], "exclude": ["drafts"], "rules": { "INC2018": "error" } }""");
        folder.Write("reports/a.inc", "incident a { title: \"A\" reported: 2024-01-01 }");
        folder.Write("reports/sub/b.inc", "incident b { title: \"B\" reported: 2024-01-01 }");
        folder.Write("reports/drafts/c.inc", "incident c { title: \"C\" reported: 2024-01-01 }");
        folder.Write("reports/.hidden/d.inc", "incident d { title: \"D\" reported: 2024-01-01 }");
        folder.Write("reports/obj/e.inc", "incident e { title: \"E\" reported: 2024-01-01 }");
        folder.Write("reports/catalog/sources.inc", "source wsj { name: \"WSJ\" kind: press }");
        var files = Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories).Select(f => KeyValuePair.Create(f, File.ReadAllBytes(f))).ToList();
        var cwd = Path.Combine(folder.Path, "reports");

        var disk = new ProjectLoader(baseDirectory: cwd).Load(["."]);
        var snapshot = new ProjectLoader(ProjectFileSystem.FromFiles(files), baseDirectory: cwd).Load(["."]);

        Assert.Equal(["a.inc", "catalog/sources.inc", "sub/b.inc"], disk.Trees.Select(t => t.FilePath));
        Assert.Equal(disk.Trees.Select(t => t.FilePath), snapshot.Trees.Select(t => t.FilePath));
        Assert.Equal(disk.Trees.Select(t => t.Text.Text), snapshot.Trees.Select(t => t.Text.Text));
        Assert.Equal(RuleLevel.Error, snapshot.ConfigurationOf("a.inc")!.Rules["INC2018"]);

        var onlySub = new ProjectLoader(ProjectFileSystem.FromFiles(files), baseDirectory: cwd).Load(["sub"]);
        Assert.Equal(["catalog/sources.inc", "sub/b.inc"], onlySub.Trees.Select(t => t.FilePath));
        Assert.True(onlySub.IsCatalogOnly("catalog/sources.inc"));
    }

    [Fact]
    public void A_path_the_snapshot_does_not_hold_is_unreadable()
    {
        var root = Path.Combine(Path.GetTempPath(), "inc-snapshot");
        var loaded = new ProjectLoader(ProjectFileSystem.FromFiles([KeyValuePair.Create(Path.Combine(root, "a.inc"), "incident a {}"u8.ToArray())]), baseDirectory: root)
            .Load(["a.inc", "missing.inc", "gone"]);
        Assert.Equal(["a.inc"], loaded.Trees.Select(t => t.FilePath));
        Assert.Equal<string>(["missing.inc", "gone"], loaded.UnreadablePaths);
    }
}
