namespace IncidentLang.Cli;

/// <summary>docs/language.md, "Checking files": 0 success, 1 errors found, 2 bad usage or an unreadable path (2 wins over 1).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ErrorsFound = 1;
    public const int BadUsage = 2;
}
