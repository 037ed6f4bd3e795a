using System.Collections.Immutable;

namespace IncidentLang.Diagnostics;

/// <summary>
/// INC0012: a file reports at most <see cref="MaxPerFile"/> diagnostics. Applied to the final list (after
/// <see cref="DiagnosticFilter"/>: rule levels and suppression comments decide what counts), so every host
/// (<c>inc check</c> in every format, <c>inc build</c>, <c>inc lsp</c>) shows the same: the first
/// <see cref="MaxPerFile"/> of each file in order of position, then one summary at the first one not
/// shown, with the highest severity of those it stands for (so a hidden error still fails the check).
/// </summary>
internal static class DiagnosticLimit
{
    public const int MaxPerFile = 1_000;

    /// <summary>The diagnostics, sorted by <see cref="Diagnostic.Compare"/>, with each file's beyond the limit replaced by one INC0012.</summary>
    public static ImmutableArray<Diagnostic> Apply(ImmutableArray<Diagnostic> sorted)
    {
        if (sorted.Length <= MaxPerFile)
        {
            return sorted;
        }

        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        var start = 0;
        while (start < sorted.Length)
        {
            var end = start + 1;
            while (end < sorted.Length && string.Equals(sorted[end].Location.FilePath, sorted[start].Location.FilePath, StringComparison.Ordinal))
            {
                end++;
            }

            var shown = Math.Min(end - start, MaxPerFile);
            for (var i = start; i < start + shown; i++)
            {
                result.Add(sorted[i]);
            }

            if (end - start > MaxPerFile)
            {
                result.Add(Summarize(sorted, start + MaxPerFile, end));
            }

            start = end;
        }

        return result.ToImmutable();
    }

    private static Diagnostic Summarize(ImmutableArray<Diagnostic> sorted, int from, int to)
    {
        int errors = 0, warnings = 0, infos = 0;
        for (var i = from; i < to; i++)
        {
            switch (sorted[i].Severity)
            {
                case DiagnosticSeverity.Error: errors++; break;
                case DiagnosticSeverity.Warning: warnings++; break;
                default: infos++; break;
            }
        }

        var parts = new List<string>();
        if (errors > 0) parts.Add(Count(errors, "error", "errors"));
        if (warnings > 0) parts.Add(Count(warnings, "warning", "warnings"));
        if (infos > 0) parts.Add(Count(infos, "info", "infos"));
        var severity = errors > 0 ? DiagnosticSeverity.Error : warnings > 0 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
        var first = sorted[from].Location;
        var summary = Diagnostic.Create(DiagnosticDescriptors.TooManyDiagnostics, first, to - from, string.Join(", ", parts), MaxPerFile);
        return summary with { Severity = severity };
    }

    private static string Count(int count, string one, string many) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? one : many)}");
}
