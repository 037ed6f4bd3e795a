using System.Collections.Immutable;
using IncidentLang.Analyzers;
using IncidentLang.Diagnostics;

namespace IncidentLang;

/// <summary>Options of a compilation. <see cref="Today"/> is injectable so tests and <c>--today</c> are stable (docs/language.md, "Checking files").</summary>
public sealed record CompilationOptions
{
    public static CompilationOptions Default { get; } = new();

    /// <summary>"Today" for date checks; the current UTC date when null.</summary>
    public DateOnly? Today { get; init; }

    public DateOnly EffectiveToday => Today ?? DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The analytic rules to run; the built-in ones (<see cref="Analyzers.Rules.BuiltInRules"/>) when null. Tests set it.</summary>
    internal ImmutableArray<IncidentAnalyzer>? Analyzers { get; init; }

    /// <summary>The rule levels governing a file (its project's <c>incidentlang.json</c>), by the file's path.</summary>
    public Func<string, IReadOnlyDictionary<string, RuleLevel>?>? RulesForFile { get; init; }

    /// <summary>
    /// How many units (incidents, catalog declarations) are bound and analysed at once (1, the default: one after the other). The
    /// result does not depend on it: units are independent once the top-level names are declared (docs/architecture.md, "Incremental compilation").
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;
}
