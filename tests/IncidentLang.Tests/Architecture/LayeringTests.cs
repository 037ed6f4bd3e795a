using System.Text.RegularExpressions;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Architecture;

/// <summary>
/// The library's namespaces, read from the compiled assembly (<see cref="NamespaceGraph"/>): no cycles
/// between them, and every use between folders allowed by the "may use" column of the table in
/// docs/architecture.md, whose rows are in layer order (a folder may use only folders above it).
/// </summary>
public sealed partial class LayeringTests
{
    private const string Root = "IncidentLang";

    private static readonly NamespaceGraph Graph = NamespaceGraph.Read(typeof(Compilation).Assembly.Location, Root);

    [Fact]
    public void There_are_no_namespace_cycles()
    {
        var cycles = Graph.FindCycles();
        Assert.True(cycles.Count == 0, "Namespace cycles (each use with one example):\n" + string.Join("\n\n", cycles.Select(c => string.Join("\n", c))));
    }

    [Fact]
    public void Every_use_between_folders_is_allowed_by_docs_architecture_md()
    {
        var layers = ReadLayerTable();
        var folders = Graph.Collapse(FolderOf);
        var problems = new List<string>();
        foreach (var folder in folders.Namespaces)
        {
            if (!layers.TryGetValue(folder, out var layer))
            {
                problems.Add($"{folder} has no row in the table of docs/architecture.md");
                continue;
            }

            foreach (var (used, example) in folders.Uses(folder))
            {
                if (!layer.MayUse.Contains(used))
                {
                    problems.Add($"{folder} uses {used}, which its row does not allow ({example})");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_table_lists_folders_in_layer_order()
    {
        var layers = ReadLayerTable();
        Assert.All(layers, layer => Assert.All(layer.Value.MayUse, used =>
            Assert.True(layers.TryGetValue(used, out var other) && other.Order < layer.Value.Order, $"{layer.Key} may use {used}, which is not a row above it")));
    }

    /// <summary>"IncidentLang.Emit.Html" → "Emit"; the root namespace is "IncidentLang".</summary>
    private static string FolderOf(string ns) => ns == Root ? Root : ns[(Root.Length + 1)..].Split('.')[0];

    /// <summary>The rows of the "| folder | owns | may use |" table: `Text/` → Text; the root's row names `IncidentLang`.</summary>
    private static Dictionary<string, (int Order, HashSet<string> MayUse)> ReadLayerTable()
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Docs, "architecture.md"));
        var header = Array.FindIndex(lines, l => l.StartsWith("| folder | owns | may use |", StringComparison.Ordinal));
        Assert.True(header >= 0, "docs/architecture.md has no '| folder | owns | may use |' table");
        var layers = new Dictionary<string, (int, HashSet<string>)>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Split('|');
            var folder = Code().Match(cells[1]).Groups[1].Value.TrimEnd('/');
            layers[folder] = (layers.Count, [.. Code().Matches(cells[^2]).Select(m => m.Groups[1].Value)]);
        }

        return layers;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
