using System.CommandLine;
using System.Globalization;

namespace IncidentLang.Cli;

/// <summary>Arguments and options shared by several verbs.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files (.inc) and folders (searched recursively) to compile.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Today() => new("--today")
    {
        Description = "The date to treat as today (YYYY-MM-DD, UTC), for reproducible checks.",
        Validators =
        {
            result =>
            {
                var value = result.GetValueOrDefault<string?>();
                if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    result.AddError($"--today must be a date YYYY-MM-DD, not '{value}'.");
                }
            },
        },
    };

    public static Option<string?> Config() => new("--config")
    {
        Description = "Use this incidentlang.json instead of searching for the nearest one.",
    };

    public static DateOnly? ParseToday(string? value) =>
        value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
