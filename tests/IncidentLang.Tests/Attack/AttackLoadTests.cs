using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using IncidentLang.Attack;
using Xunit.Abstractions;

namespace IncidentLang.Tests.Attack;

/// <summary>
/// The ATT&amp;CK data is read on first use, once, and not by a check that needs none of it.
/// Times are written to the test output (run with <c>--logger "console;verbosity=detailed"</c>),
/// never asserted (docs/performance.md).
/// </summary>
public sealed class AttackLoadTests(ITestOutputHelper output)
{
    private const BindingFlags AnyStatic = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>No actor and no ATT&amp;CK slot: nothing to resolve and no INC2014 to look for.</summary>
    private const string SmallFile = """
        incident small {
          title: "A small incident"
          reported: 2024-11-20
          summary: "Nothing here needs ATT&CK."
        }
        """;

    [Fact]
    public void Loads_lazily_once_and_not_for_a_check_that_needs_none_of_it()
    {
        // A fresh copy of the IncidentLang assembly, so that no other test has loaded its catalog.
        var context = new AssemblyLoadContext("attack-load-test", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(AttackCatalog).Assembly.Location);
            var catalogType = assembly.GetType(typeof(AttackCatalog).FullName!, throwOnError: true)!;
            object? Get(string property) => catalogType.GetProperty(property, AnyStatic)!.GetValue(null);

            Assert.False((bool)Get(nameof(AttackCatalog.IsEnterpriseLoaded))!);
            Assert.Equal(0, (int)Get(nameof(AttackCatalog.EnterpriseLoadCount))!);

            var check = Stopwatch.StartNew();
            var treeType = assembly.GetType("IncidentLang.Syntax.SyntaxTree", throwOnError: true)!;
            var tree = treeType.GetMethod("Parse", [typeof(string), typeof(string)])!.Invoke(null, [SmallFile, "small.inc"]);
            var trees = Array.CreateInstance(treeType, 1);
            trees.SetValue(tree, 0);
            var compilationType = assembly.GetType("IncidentLang.Compilation", throwOnError: true)!;
            var compilation = compilationType.GetMethod("Create", AnyStatic)!.Invoke(null, [trees, null]);
            compilationType.GetMethod("GetDiagnostics")!.Invoke(compilation, null);
            check.Stop();
            Assert.False((bool)Get(nameof(AttackCatalog.IsEnterpriseLoaded))!);

            var firstUse = Stopwatch.StartNew();
            var enterprise = Get(nameof(AttackCatalog.Enterprise));
            firstUse.Stop();
            Assert.NotNull(enterprise);
            Assert.True((bool)Get(nameof(AttackCatalog.IsEnterpriseLoaded))!);
            Assert.Same(enterprise, Get(nameof(AttackCatalog.Enterprise)));
            Assert.Equal(1, (int)Get(nameof(AttackCatalog.EnterpriseLoadCount))!);

            var load = (TimeSpan)Get(nameof(AttackCatalog.EnterpriseLoadTime))!;
            output.WriteLine($"cold check of a small file (fresh assembly copy, JIT included): {check.Elapsed.TotalMilliseconds:F1} ms, catalog not loaded");
            output.WriteLine($"cold first use of AttackCatalog.Enterprise (JIT included): {firstUse.Elapsed.TotalMilliseconds:F1} ms, of which load {load.TotalMilliseconds:F1} ms");
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Actors, one line each, enough with the incident's own properties to pass a member threshold of 4; no name is an ATT&amp;CK group's.</summary>
    private const string FileWithActors = """
        incident with-actors {
          title: "Actors"
          reported: 2024-11-20
          summary: "Two actors."
          actor crew { name: "A crew" }
          actor other-crew { name: "Another crew" }
        }
        """;

    [Theory]
    [InlineData(2, 4, true)] // a unit bound on two threads: the groups' names start loading at its first actor
    [InlineData(1, 4, false)] // one thread: nothing starts the thread pool for it
    [InlineData(2, 1000, false)] // a unit too small to be bound in runs (the default threshold)
    public void Binding_a_large_unit_with_an_actor_on_several_threads_starts_reading_the_group_names(int threads, int minMembersForParallelBinding, bool loads)
    {
        WithFreshAssembly(assembly =>
        {
            var trees = Trees(assembly, FileWithActors);
            var binderType = assembly.GetType("IncidentLang.Binding.Binder", throwOnError: true)!;

            // Binding only: no rule runs, so only the binder can have started the read.
            binderType.GetMethod("Bind", AnyStatic, [typeof(IEnumerable<>).MakeGenericType(trees.GetType().GetElementType()!), typeof(int), typeof(int), typeof(int)])!
                .Invoke(null, [trees, threads, minMembersForParallelBinding, 0]);
            var waited = Stopwatch.StartNew();
            while (!(bool)Get(assembly, nameof(AttackCatalog.AreEnterpriseGroupNamesLoaded)) && waited.Elapsed < TimeSpan.FromSeconds(loads ? 30 : 1))
            {
                Thread.Sleep(10);
            }

            Assert.Equal(loads, (bool)Get(assembly, nameof(AttackCatalog.AreEnterpriseGroupNamesLoaded)));
            Assert.False((bool)Get(assembly, nameof(AttackCatalog.IsEnterpriseLoaded)));
        });
    }

    [Theory]
    [InlineData(FileWithActors, false)] // INC2014 asks the groups' names of each actor: no match, so nothing else is read
    [InlineData("""
        incident with-a-group {
          title: "A group"
          reported: 2024-11-20
          summary: "One actor ATT&CK tracks."
          actor prc-hackers { name: "Salt Typhoon" }
        }
        """, true)] // a match: the whole catalog is read for the group, its message and its fix
    public void A_check_reads_the_whole_catalog_only_when_an_actor_is_named_like_a_group(string text, bool wholeCatalog)
    {
        WithFreshAssembly(assembly =>
        {
            var trees = Trees(assembly, text);
            var compilationType = assembly.GetType("IncidentLang.Compilation", throwOnError: true)!;
            var compilation = compilationType.GetMethod("Create", AnyStatic)!.Invoke(null, [trees, null]);
            var diagnostics = ((System.Collections.IEnumerable)compilationType.GetMethod("GetDiagnostics")!.Invoke(compilation, null)!).Cast<object>();

            Assert.Equal(wholeCatalog, diagnostics.Any(d => d.ToString()!.Contains("INC2014", StringComparison.Ordinal)));
            Assert.True((bool)Get(assembly, nameof(AttackCatalog.AreEnterpriseGroupNamesLoaded)));
            Assert.Equal(wholeCatalog, (bool)Get(assembly, nameof(AttackCatalog.IsEnterpriseLoaded)));
        });
    }

    [Fact]
    public void The_group_names_read_alone_answer_as_the_whole_catalog_does()
    {
        var bytes = AttackData.EnterpriseJson.ToArray();
        var names = AttackCatalogReader.ReadCurrentGroupNames(bytes);
        var catalog = AttackCatalogReader.Read(bytes);

        // Every name and alias of every group (current or not) and of all software, in three spellings, and some that are no name.
        var probes = catalog.Groups.SelectMany(g => g.Aliases.Prepend(g.Name))
            .Concat(catalog.Software.SelectMany(s => s.Aliases.Prepend(s.Name)))
            .SelectMany(n => new[] { n, n.ToUpperInvariant(), n.ToLowerInvariant() })
            .Concat(["", "APT 29", "Salt-Typhoon", "Intrusion set 0-1"])
            .ToList();
        Assert.Contains(catalog.Groups, g => !g.IsCurrent);
        foreach (var probe in probes)
        {
            Assert.True(names.Contains(probe) == !catalog.FindGroupsByName(probe).IsEmpty, probe);
        }

        Assert.Equal(catalog.Groups.Where(g => g.IsCurrent).SelectMany(g => g.Aliases.Prepend(g.Name)).Distinct(StringComparer.OrdinalIgnoreCase).Count(), names.Count);
    }

    private static Array Trees(Assembly assembly, string text)
    {
        var treeType = assembly.GetType("IncidentLang.Syntax.SyntaxTree", throwOnError: true)!;
        var trees = Array.CreateInstance(treeType, 1);
        trees.SetValue(treeType.GetMethod("Parse", [typeof(string), typeof(string)])!.Invoke(null, [text, "test.inc"]), 0);
        return trees;
    }

    private static object Get(Assembly assembly, string property) =>
        assembly.GetType(typeof(AttackCatalog).FullName!, throwOnError: true)!.GetProperty(property, AnyStatic)!.GetValue(null)!;

    /// <summary>Runs <paramref name="test"/> on a fresh copy of the IncidentLang assembly, whose ATT&amp;CK data no other test has read.</summary>
    private static void WithFreshAssembly(Action<Assembly> test)
    {
        var context = new AssemblyLoadContext("attack-load-test", isCollectible: true);
        try
        {
            test(context.LoadFromAssemblyPath(typeof(AttackCatalog).Assembly.Location));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Enterprise_is_one_instance_read_once_per_process()
    {
        Assert.Same(AttackCatalog.Enterprise, AttackCatalog.Enterprise);
        Assert.True(AttackCatalog.IsEnterpriseLoaded);
        Assert.Equal(1, AttackCatalog.EnterpriseLoadCount);
        Assert.True(AttackCatalog.EnterpriseLoadTime > TimeSpan.Zero);
    }

    [Fact]
    public void The_group_names_are_the_same_from_the_group_section_alone_and_from_the_whole_file()
    {
        // The compiled-in catalog has its "groups" key on a line of its own, which the reader finds and reads alone; the same data
        // written on one line has no such line and is read whole. Both answers must be the same set.
        var pretty = AttackData.EnterpriseJson.ToArray();
        Assert.Contains("\n \"groups\": [", System.Text.Encoding.UTF8.GetString(pretty), StringComparison.Ordinal);
        var compact = System.Text.Encoding.UTF8.GetBytes(System.Text.Json.Nodes.JsonNode.Parse(pretty)!.ToJsonString());
        Assert.DoesNotContain("\n", System.Text.Encoding.UTF8.GetString(compact), StringComparison.Ordinal);

        var fromSection = AttackCatalogReader.ReadCurrentGroupNames(pretty);
        var fromWhole = AttackCatalogReader.ReadCurrentGroupNames(compact);
        Assert.True(fromSection.SetEquals(fromWhole));
        Assert.NotEmpty(fromSection);
    }

    [Fact]
    public void Warm_parse_time_is_reported()
    {
        var bytes = AttackData.EnterpriseJson.ToArray();

        var times = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var catalog = AttackCatalogReader.Read(bytes);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            Assert.Equal(835, catalog.Techniques.Length);
        }

        times.Sort();
        var nameIndex = Stopwatch.GetTimestamp();
        _ = AttackCatalogReader.Read(bytes).Resolve("exploit-public-facing-application", AttackObjectKind.Technique);
        output.WriteLine($"warm parse of {bytes.Length:N0} bytes: median {times[times.Count / 2]:F2} ms, min {times[0]:F2} ms (21 runs)");
        output.WriteLine($"parse + first name suggestion (builds the name index): {Stopwatch.GetElapsedTime(nameIndex).TotalMilliseconds:F2} ms");
    }
}
