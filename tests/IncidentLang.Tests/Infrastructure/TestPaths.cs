namespace IncidentLang.Tests.Infrastructure;

/// <summary>Locations in the repository, found by walking up to IncidentLang.sln.</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    public static string Baselines => Path.Combine(Root, "tests", "Baselines");

    public static string DiagnosticCases => Path.Combine(Root, "tests", "IncidentLang.Tests", "Diagnostics", "Cases");

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>Set INC_UPDATE_BASELINES=1 to rewrite expected files instead of comparing.</summary>
    public static bool UpdateBaselines => Environment.GetEnvironmentVariable("INC_UPDATE_BASELINES") == "1";

    private static string FindRoot()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "IncidentLang.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("IncidentLang.sln not found above " + AppContext.BaseDirectory);
    }
}
