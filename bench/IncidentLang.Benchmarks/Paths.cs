namespace IncidentLang.Benchmarks;

/// <summary>Finds the repository (walking up to IncidentLang.sln).</summary>
public static class Paths
{
    public static string Root
    {
        get
        {
            var directory = AppContext.BaseDirectory;
            while (directory is not null && !File.Exists(Path.Combine(directory, "IncidentLang.sln")))
            {
                directory = Path.GetDirectoryName(directory);
            }

            return directory ?? Directory.GetCurrentDirectory();
        }
    }

    public static string Example(string name) => Path.Combine(Root, "examples", name);
}
