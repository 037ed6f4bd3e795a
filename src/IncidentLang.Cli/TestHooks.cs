namespace IncidentLang.Cli;

/// <summary>
/// Points where a test can hold the command line still, to change the world under it at a known moment
/// (docs/reliability.md, "Nothing lost"). Each is inert unless its environment variable is set; none
/// changes what the command does, only when.
/// </summary>
internal static class TestHooks
{
    /// <summary>
    /// <c>INC_TEST_PAUSE_BEFORE_FIX_WRITE=PATH</c>: <c>inc check --fix</c>, having read and fixed the files in
    /// memory, creates <c>PATH.ready</c> and waits (at most a minute) until <c>PATH</c> exists before it
    /// compares each file with what it read and writes it. A test edits a file in between.
    /// </summary>
    public const string PauseBeforeFixWrite = "INC_TEST_PAUSE_BEFORE_FIX_WRITE";

    /// <summary>
    /// <c>INC_TEST_RENAME_INTERVAL_MS=N</c>: <c>inc build</c> waits N milliseconds after each output it renames into place, so
    /// a test that kills it can land inside the renames (otherwise a millisecond for a few dozen files) and check that every
    /// output is then the old or the new version, never a mixture or a part.
    /// </summary>
    public const string RenameInterval = "INC_TEST_RENAME_INTERVAL_MS";

    private static readonly int s_renameIntervalMs =
        int.TryParse(Environment.GetEnvironmentVariable(RenameInterval), System.Globalization.CultureInfo.InvariantCulture, out var ms) ? Math.Clamp(ms, 0, 1000) : 0;

    public static void AfterRename()
    {
        if (s_renameIntervalMs > 0)
        {
            Thread.Sleep(s_renameIntervalMs);
        }
    }

    public static void Pause(string variable)
    {
        if (Environment.GetEnvironmentVariable(variable) is not { Length: > 0 } signal)
        {
            return;
        }

        File.WriteAllText(signal + ".ready", string.Empty);
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!File.Exists(signal) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }
    }
}
