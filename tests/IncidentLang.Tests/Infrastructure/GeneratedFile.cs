namespace IncidentLang.Tests.Infrastructure;

/// <summary>
/// A file of the repository that is (partly) generated from C#: compares it with what the generator writes now,
/// or rewrites it when INC_UPDATE_BASELINES=1. Unlike <see cref="Baseline"/>, a mismatch says where and how to regenerate.
/// </summary>
internal static class GeneratedFile
{
    /// <summary>The command that regenerates every generated copy of the schema (the GeneratedCopies tests).</summary>
    public const string RegenerateCommand = "INC_UPDATE_BASELINES=1 dotnet test IncidentLang.sln --filter \"FullyQualifiedName~IncidentLang.Tests.GeneratedCopies\"";

    public static void AssertUpToDate(string path, string expected, string generatedFrom)
    {
        expected = expected.ReplaceLineEndings("\n");
        if (TestPaths.UpdateBaselines)
        {
            File.WriteAllText(path, expected);
            return;
        }

        var actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (actual == expected)
        {
            return;
        }

        var actualLines = actual.Split('\n');
        var expectedLines = expected.Split('\n');
        var line = 0;
        while (line < actualLines.Length && line < expectedLines.Length && actualLines[line] == expectedLines[line])
        {
            line++;
        }

        Assert.Fail(
            $"{Path.GetRelativePath(TestPaths.Root, path)} is out of date with {generatedFrom}.\n" +
            $"First difference at line {line + 1}:\n" +
            $"  in the file: {(line < actualLines.Length ? actualLines[line] : "(end of file)")}\n" +
            $"  generated:   {(line < expectedLines.Length ? expectedLines[line] : "(end of file)")}\n" +
            $"Regenerate it with\n  {RegenerateCommand}\nand review the diff.");
    }
}
