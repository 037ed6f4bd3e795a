namespace IncidentLang.Tests.Infrastructure;

/// <summary>Compares output with an expected file, or rewrites the file when INC_UPDATE_BASELINES=1.</summary>
internal static class Baseline
{
    public static void AssertMatches(string expectedPath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (TestPaths.UpdateBaselines)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"Missing baseline {expectedPath}. Run the tests with INC_UPDATE_BASELINES=1 to create it, then review it.");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
