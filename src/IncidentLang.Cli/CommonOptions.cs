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
        CustomParser = TokenTexts,
    };

    /// <summary>
    /// An argument's tokens as they were written. System.CommandLine's own conversion to <c>string[]</c> creates the array
    /// through reflection (<c>Array.CreateInstance</c>), which under NativeAOT sets up the reflection subsystem: 2.4 % of a
    /// small check's samples on the main thread (docs/performance.md, "Start-up").
    /// </summary>
    public static string[] TokenTexts(System.CommandLine.Parsing.ArgumentResult result)
    {
        var texts = new string[result.Tokens.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = result.Tokens[i].Value;
        }

        return texts;
    }

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

    /// <summary>The environment variable giving the default of <c>--jobs</c>.</summary>
    public const string JobsVariable = "INC_JOBS";

    public static Option<int?> Jobs() => new("--jobs", "-j")
    {
        Arity = ArgumentArity.ExactlyOne,
        Description = $"How many files to parse and incidents to render at once (default: ${JobsVariable}, else the number of processors). The output is the same for any number.",
        Validators =
        {
            result =>
            {
                // Only a number below 1: a token that is no number at all is System.CommandLine's own parse error.
                if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var jobs) && jobs < 1)
                {
                    result.AddError("--jobs must be at least 1.");
                }
            },
        },
    };

    /// <summary>The degree of parallelism: <c>--jobs</c>, else <c>INC_JOBS</c>, else the processor count; null (with a message) when INC_JOBS is not a positive number.</summary>
    public static int? ResolveJobs(int? option, TextWriter stderr)
    {
        if (option is { } jobs)
        {
            return jobs;
        }

        var variable = Environment.GetEnvironmentVariable(JobsVariable);
        if (string.IsNullOrEmpty(variable))
        {
            return Environment.ProcessorCount;
        }

        if (int.TryParse(variable, NumberStyles.None, CultureInfo.InvariantCulture, out var fromVariable) && fromVariable >= 1)
        {
            return fromVariable;
        }

        stderr.WriteLine($"inc: {JobsVariable} must be a whole number of at least 1, not '{variable}'.");
        return null;
    }

    public static DateOnly? ParseToday(string? value) =>
        value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
