using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Reliability;

/// <summary>
/// The fuzzing invariants (<see cref="PipelineInvariants"/>, docs/reliability.md "Fuzzing") on the seed corpus
/// of fuzz/run.sh and on every input the fuzzer found a bug with: the tree prints back the text, every
/// diagnostic span lies inside the file, no internal error, the emitted JSON and STIX are JSON, formatting
/// keeps the diagnostic IDs, is stable, and keeps a clean file clean.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static string Findings => Path.Combine(TestPaths.Root, "tests", "IncidentLang.Tests", "Reliability", "Findings");

    public static TheoryData<string> SeedCorpus()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "tests", "examples", Path.Combine("fuzz", "seeds") })
        {
            var root = Path.Combine(TestPaths.Root, folder);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*.inc", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                {
                    continue;
                }

                data.Add(Path.GetRelativePath(TestPaths.Root, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedCorpus))]
    public void Every_seed_input_holds_every_pipeline_invariant(string relativePath) =>
        PipelineInvariants.Check(File.ReadAllBytes(Path.Combine(TestPaths.Root, relativePath)));
}
