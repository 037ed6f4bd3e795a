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

    /// <summary>Actors, one line each, enough with the incident's own properties to pass a member threshold of 4.</summary>
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
    [InlineData(2, 4, true)] // a unit bound on two threads: the catalog starts loading at its first actor
    [InlineData(1, 4, false)] // one thread: nothing starts the thread pool for it
    [InlineData(2, 1000, false)] // a unit too small to be bound in runs (the default threshold)
    public void Binding_a_large_unit_with_an_actor_on_several_threads_starts_loading_the_catalog(int threads, int minMembersForParallelBinding, bool loads)
    {
        var context = new AssemblyLoadContext("attack-prefetch-test", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(AttackCatalog).Assembly.Location);
            var catalogType = assembly.GetType(typeof(AttackCatalog).FullName!, throwOnError: true)!;
            bool Loaded() => (bool)catalogType.GetProperty(nameof(AttackCatalog.IsEnterpriseLoaded), AnyStatic)!.GetValue(null)!;
            var treeType = assembly.GetType("IncidentLang.Syntax.SyntaxTree", throwOnError: true)!;
            var trees = Array.CreateInstance(treeType, 1);
            trees.SetValue(treeType.GetMethod("Parse", [typeof(string), typeof(string)])!.Invoke(null, [FileWithActors, "actors.inc"]), 0);
            var binderType = assembly.GetType("IncidentLang.Binding.Binder", throwOnError: true)!;

            // Binding only: no rule runs, so only the binder can have started the read.
            binderType.GetMethod("Bind", AnyStatic, [typeof(IEnumerable<>).MakeGenericType(treeType), typeof(int), typeof(int), typeof(int)])!
                .Invoke(null, [trees, threads, minMembersForParallelBinding, 0]);
            var waited = Stopwatch.StartNew();
            while (!Loaded() && waited.Elapsed < TimeSpan.FromSeconds(loads ? 30 : 1))
            {
                Thread.Sleep(10);
            }

            Assert.Equal(loads, Loaded());
            Assert.Equal(loads ? 1 : 0, (int)catalogType.GetProperty(nameof(AttackCatalog.EnterpriseLoadCount), AnyStatic)!.GetValue(null)!);
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
    public void Warm_parse_time_is_reported()
    {
        using var stream = typeof(AttackCatalog).Assembly.GetManifestResourceStream(AttackCatalog.EnterpriseResourceName);
        Assert.NotNull(stream);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);

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
