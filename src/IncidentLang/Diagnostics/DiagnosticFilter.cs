using System.Collections.Immutable;

namespace IncidentLang.Diagnostics;

/// <summary>
/// The one place where configuration and suppressions apply (docs/language.md, "Checking files"), after every stage has reported:
/// rule levels from the file's <c>incidentlang.json</c> change or drop configurable diagnostics;
/// suppression comments drop warnings and infos (never errors); each listed ID that suppresses
/// nothing becomes INC2099.
/// </summary>
internal static class DiagnosticFilter
{
    public static ImmutableArray<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics, IEnumerable<SuppressionDirective> suppressions, Func<string, IReadOnlyDictionary<string, RuleLevel>?>? rulesForFile)
    {
        var leveled = diagnostics.Select(d => WithLevel(d, rulesForFile)).OfType<Diagnostic>().ToList();
        var directives = suppressions.ToList();
        var used = new HashSet<(SuppressionDirective, string)>();
        var kept = new List<Diagnostic>();
        foreach (var diagnostic in leveled)
        {
            var line = diagnostic.Location.LineSpan.Start.Line;
            var suppressor = diagnostic.Severity == DiagnosticSeverity.Error ? null : directives.FirstOrDefault(d =>
                d.Text.FilePath == diagnostic.Location.FilePath
                && (d.IsFileWide || d.Line + 1 == line)
                && d.Ids.Any(i => i.Id == diagnostic.Id));
            if (suppressor is null)
            {
                kept.Add(diagnostic);
            }
            else
            {
                used.Add((suppressor, diagnostic.Id));
            }
        }

        foreach (var directive in directives)
        {
            foreach (var (id, span) in directive.Ids)
            {
                if (!used.Contains((directive, id)) && WithLevel(Diagnostic.Create(DiagnosticDescriptors.UnusedSuppression, directive.Text, span, id), rulesForFile) is { } unused)
                {
                    kept.Add(unused);
                }
            }
        }

        kept.Sort(Diagnostic.Compare);
        return [.. kept];
    }

    /// <summary>The diagnostic at the level its file's configuration gives it; null for <c>none</c>. Also used by <c>inc diff</c> for INC2018.</summary>
    internal static Diagnostic? WithLevel(Diagnostic diagnostic, Func<string, IReadOnlyDictionary<string, RuleLevel>?>? rulesForFile)
    {
        if (!diagnostic.Descriptor.IsConfigurable || rulesForFile?.Invoke(diagnostic.Location.FilePath) is not { } rules
            || !rules.TryGetValue(diagnostic.Id, out var level))
        {
            return diagnostic;
        }

        return level switch
        {
            RuleLevel.None => null,
            RuleLevel.Error => diagnostic with { Severity = DiagnosticSeverity.Error },
            RuleLevel.Warning => diagnostic with { Severity = DiagnosticSeverity.Warning },
            _ => diagnostic with { Severity = DiagnosticSeverity.Info },
        };
    }
}
