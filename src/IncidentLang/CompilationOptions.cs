namespace IncidentLang;

/// <summary>Options of a compilation. <see cref="Today"/> is injectable so tests and <c>--today</c> are stable (§5).</summary>
public sealed record CompilationOptions
{
    public static CompilationOptions Default { get; } = new();

    /// <summary>"Today" for date checks; the current UTC date when null.</summary>
    public DateOnly? Today { get; init; }

    public DateOnly EffectiveToday => Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
}
