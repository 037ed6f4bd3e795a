using System.Diagnostics;
using IncidentLang.Cli;
using IncidentLang.Tests.Cli;
using IncidentLang.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IncidentLang.Tests.Reliability;

/// <summary>
/// docs/reliability.md, "Nothing lost", with real <c>inc</c> processes (the built <c>inc.dll</c> next to the
/// tests): a build killed with SIGKILL at any moment, two builds into one folder at once, and
/// <c>inc check --fix</c> on a file edited between its read and its write.
/// </summary>
public sealed class NothingLostProcessTests(ITestOutputHelper output)
{
    private const int Incidents = 12;

    private static string Clean(string name, string version) =>
        File.ReadAllText(Path.Combine(TestPaths.DiagnosticCases, "INC1001.inc"))
            .Replace("// expect: INC1001 Unknown property 'reliabilty' for a source. Did you mean 'reliability'?\n", string.Empty, StringComparison.Ordinal)
            .Replace("[|reliabilty|]", "reliability", StringComparison.Ordinal)
            .Replace("incident test {", $"incident {name} {{\n  tlp: clear", StringComparison.Ordinal)
            .Replace("title: \"Test incident\"", $"title: \"Test incident {name}, version {version}\"", StringComparison.Ordinal)
            // Version B is longer, so a half-written file can be neither.
            .Replace("summary: \"A clean incident.\"", version == "A" ? "summary: \"A clean incident.\"" : "summary: \"A clean incident, told at greater length: " + new string('b', 4_000) + ".\"", StringComparison.Ordinal);

    /// <summary>Writes version <paramref name="version"/> of the inputs into <paramref name="folder"/>/<paramref name="version"/>.</summary>
    private static string WriteInputs(TempFolder folder, string version)
    {
        for (var i = 0; i < Incidents; i++)
        {
            folder.Write(Path.Combine("in-" + version, $"i{i:00}.inc"), Clean($"i{i:00}", version));
        }

        return Path.Combine(folder.Path, "in-" + version);
    }

    private static Dictionary<string, byte[]> Outputs(string directory) =>
        Directory.EnumerateFiles(directory)
            .Where(f => AtomicFile.TemporaryFileOwner(Path.GetFileName(f)) is null)
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>Builds each version once, uninterrupted, into a folder of its own: the complete contents.</summary>
    private static async Task<(Dictionary<string, byte[]> A, Dictionary<string, byte[]> B, string InA, string InB)> ReferenceBuildsAsync(TempFolder folder)
    {
        var inA = WriteInputs(folder, "A");
        var inB = WriteInputs(folder, "B");
        foreach (var version in new[] { "A", "B" })
        {
            var built = await IncProcess.RunToEndAsync(IncProcess.Start(folder.Path, null, "build", "in-" + version, "-o", "ref-" + version, "--today", "2026-01-15"));
            Assert.True(built.ExitCode == 0, built.Stdout + built.Stderr);
        }

        var a = Outputs(Path.Combine(folder.Path, "ref-A"));
        var b = Outputs(Path.Combine(folder.Path, "ref-B"));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.Equal(Incidents * 3 + 1, a.Count);
        Assert.All(a.Keys, name => Assert.False(a[name].AsSpan().SequenceEqual(b[name]), name + " is the same in both versions"));
        return (a, b, inA, inB);
    }

    /// <summary>Every output is present and byte for byte one of its two complete versions; returns the names of those that are B.</summary>
    private static HashSet<string> AssertEachOutputIsOneVersion(string directory, Dictionary<string, byte[]> a, Dictionary<string, byte[]> b, string when)
    {
        var outputs = Outputs(directory);
        Assert.Equal(a.Keys.Order(), outputs.Keys.Order());
        var newer = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, bytes) in outputs)
        {
            var isA = bytes.AsSpan().SequenceEqual(a[name]);
            var isB = bytes.AsSpan().SequenceEqual(b[name]);
            Assert.True(isA || isB, $"{when}: {name} ({bytes.Length} bytes) is neither version (A: {a[name].Length}, B: {b[name].Length} bytes)");
            if (isB)
            {
                newer.Add(name);
            }
        }

        return newer;
    }

    [Fact]
    public async Task A_build_killed_at_random_moments_leaves_every_output_old_or_new_never_partial()
    {
        using var folder = new TempFolder();
        WriteInputs(folder, "A");
        WriteInputs(folder, "B");
        var outDirectory = Path.Combine(folder.Path, "out");

        // Complete builds of each version give the two contents every output must be one of; the folder
        // then holds version B, and each round builds the other version over whatever is there.
        Assert.Equal(0, (await IncProcess.RunToEndAsync(IncProcess.Start(folder.Path, null, "build", "in-A", "-o", "out", "--today", "2026-01-15"))).ExitCode);
        var a = Outputs(outDirectory);
        var timer = Stopwatch.StartNew();
        Assert.Equal(0, (await IncProcess.RunToEndAsync(IncProcess.Start(folder.Path, null, "build", "in-B", "-o", "out", "--today", "2026-01-15"))).ExitCode);
        var fullBuild = timer.Elapsed;
        var b = Outputs(outDirectory);
        Assert.Equal(Incidents * 3 + 1, a.Count);
        Assert.All(a.Keys, name => Assert.False(a[name].AsSpan().SequenceEqual(b[name]), name + " is the same in both versions"));

        var wasB = b.Keys.ToHashSet(StringComparer.Ordinal);
        var random = new Random(12);
        // 25 kills, or as many as 30 seconds allow on a loaded machine (each costs a start-up of inc), but at least 8,
        // and more (up to 90 s in all) until one has landed mid-write.
        const int Kills = 25;
        int rounds = 0, mixed = 0, leftovers = 0, killedWhileRunning = 0;
        var total = Stopwatch.StartNew();
        for (var round = 0; (round < Kills && (round < 8 || total.Elapsed < TimeSpan.FromSeconds(30))) || (mixed == 0 && total.Elapsed < TimeSpan.FromSeconds(90)); round++, rounds++)
        {
            // The version most outputs are not, so every build has outputs to replace (a round that alternated blindly could
            // build the version every output already had after a kill before any write: nothing to rename, no writing phase).
            var version = wasB.Count * 2 > a.Count ? "A" : "B";
            // The first output replaced: a temporary file renamed to an output's name (each output is rendered straight
            // into its temporary file, and an incident's files are renamed into place once all of them are rendered).
            using var watcher = new FileSystemWatcher(outDirectory) { NotifyFilter = NotifyFilters.FileName };
            var firstWrite = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            watcher.Renamed += (_, e) =>
            {
                if (!e.Name!.EndsWith(".tmp", StringComparison.Ordinal))
                {
                    firstWrite.TrySetResult();
                }
            };
            watcher.EnableRaisingEvents = true;

            // The renames at the end of a build take about a millisecond for these 37 files, less than a kill's aim: the build
            // waits 5 ms after each (TestHooks.RenameInterval), so the kills of the writing phase land inside it.
            var process = IncProcess.Start(folder.Path, new Dictionary<string, string> { ["INC_TEST_RENAME_INTERVAL_MS"] = "5" }, "build", "in-" + version, "-o", "out", "--today", "2026-01-15");
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            // Odd rounds: a moment anywhere in a build's life (start-up, compiling, writing);
            // even rounds: a moment in its writing phase, from its first output replaced on.
            if (round % 2 == 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * fullBuild.TotalMilliseconds));
            }
            else
            {
                await Task.WhenAny(firstWrite.Task, Task.Delay(TimeSpan.FromSeconds(20)));
                // The writing phase: the renames, 5 ms apart here, from the first output replaced on (37 files: ≈ 185 ms).
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 150)));
            }

            if (!process.HasExited)
            {
                killedWhileRunning++;
            }

            process.Kill();
            await process.WaitForExitAsync();
            await drain;

            // Mid-write: of the outputs that were not yet this round's version, some are now and some are not.
            var isB = AssertEachOutputIsOneVersion(outDirectory, a, b, $"after kill {round + 1}");
            var toWrite = a.Keys.Where(name => wasB.Contains(name) != (version == "B")).ToList();
            var written = toWrite.Count(name => isB.Contains(name) == (version == "B"));
            mixed += written > 0 && written < toWrite.Count ? 1 : 0;
            wasB = isB;
            leftovers += Directory.EnumerateFiles(outDirectory, ".*.tmp").Count();
        }

        // A complete build removes what the killed ones left and writes the rest.
        Assert.Equal(0, (await IncProcess.RunToEndAsync(IncProcess.Start(folder.Path, null, "build", "in-A", "-o", "out", "--today", "2026-01-15"))).ExitCode);
        Assert.Empty(AssertEachOutputIsOneVersion(outDirectory, a, b, "after the final build"));
        Assert.Empty(Directory.EnumerateFiles(outDirectory, "*.tmp"));
        output.WriteLine($"{rounds} kills in {total.Elapsed.TotalSeconds:F1} s (a full build: {fullBuild.TotalMilliseconds:F0} ms); {killedWhileRunning} while running; {mixed} interrupted the writing (some of the outputs to change were new, some still old); {leftovers} temporary files left behind in all, removed by the next build.");
        // The test proves something only if some kills landed mid-write.
        Assert.True(mixed > 0, "no kill landed while the build was writing");
        Assert.True(killedWhileRunning > rounds / 2, $"only {killedWhileRunning} of {rounds} kills found the build still running");
    }

    [Fact]
    public async Task Two_builds_into_one_folder_at_once_leave_complete_outputs_and_both_succeed()
    {
        using var folder = new TempFolder();
        var (a, b, _, _) = await ReferenceBuildsAsync(folder);
        for (var round = 0; round < 3; round++)
        {
            var outDirectory = Path.Combine(folder.Path, "out" + round);
            var first = IncProcess.Start(folder.Path, null, "build", "in-A", "-o", "out" + round, "--today", "2026-01-15");
            var second = IncProcess.Start(folder.Path, null, "build", "in-B", "-o", "out" + round, "--today", "2026-01-15");
            var results = await Task.WhenAll(IncProcess.RunToEndAsync(first), IncProcess.RunToEndAsync(second));
            Assert.All(results, r => Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}: {r.Stdout}{r.Stderr}"));
            Assert.All(results, r => Assert.Equal(string.Empty, r.Stderr));
            AssertEachOutputIsOneVersion(outDirectory, a, b, $"round {round + 1}");
            Assert.Empty(Directory.EnumerateFiles(outDirectory, "*.tmp"));
        }
    }

    [Fact]
    public async Task Fix_refuses_a_file_edited_between_its_read_and_its_write()
    {
        using var folder = new TempFolder();
        var misspelt = Clean("test", "A").Replace("    reliability: B", "    reliabilty: B", StringComparison.Ordinal);
        var path = folder.Write("bad.inc", misspelt);
        var signal = Path.Combine(folder.Path, "go");
        var process = IncProcess.Start(folder.Path, new Dictionary<string, string> { [TestHooks.PauseBeforeFixWrite] = signal }, "check", "--fix", "bad.inc");
        var run = IncProcess.RunToEndAsync(process);

        // inc has read the file and fixed it in memory; now someone saves an edit.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(signal + ".ready") && DateTime.UtcNow < deadline && !process.HasExited)
        {
            await Task.Delay(20);
        }

        Assert.True(File.Exists(signal + ".ready"), "inc never reached the point before writing its fixes");
        var edited = misspelt + "// an edit saved while inc was checking\n";
        File.WriteAllText(path, edited);
        File.WriteAllText(signal, string.Empty);
        var (exitCode, _, stderr) = await run;

        Assert.Equal(2, exitCode);
        Assert.Contains("inc: not fixing 'bad.inc': it changed on disk while inc was checking it; run the command again.", stderr, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllText(path));
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*.tmp"));

        // The same run, with nobody editing, writes the fix: the pause alone changes nothing.
        File.WriteAllText(path, misspelt);
        File.Delete(signal + ".ready");
        var unedited = await IncProcess.RunToEndAsync(IncProcess.Start(folder.Path, new Dictionary<string, string> { [TestHooks.PauseBeforeFixWrite] = signal }, "check", "--fix", "bad.inc"));
        Assert.Equal(0, unedited.ExitCode);
        Assert.Equal(Clean("test", "A"), File.ReadAllText(path));
    }

    [Fact]
    public void Only_temporary_files_of_a_writer_no_longer_running_are_removed()
    {
        using var folder = new TempFolder();
        var dead = StartAndWaitForExit();
        var guid = Guid.NewGuid().ToString("N");
        var stale = folder.Write($".a.json.{dead}.{guid}.tmp", "half");
        var live = folder.Write($".a.json.{Environment.ProcessId}.{guid}.tmp", "in progress");
        var foreign = folder.Write(".notes.tmp", "not ours");
        var output = folder.Write("a.json", "{}");

        Assert.Equal(1, AtomicFile.RemoveStaleTemporaryFiles(folder.Path));
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live) && File.Exists(foreign) && File.Exists(output));
        Assert.Equal(dead, AtomicFile.TemporaryFileOwner(Path.GetFileName(stale)));
        Assert.Null(AtomicFile.TemporaryFileOwner(".notes.tmp"));
    }

    private static int StartAndWaitForExit()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
