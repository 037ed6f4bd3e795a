using IncidentLang.Binding;
using IncidentLang.Text;

namespace IncidentLang.Tests.Reliability;

/// <summary>
/// Everything binding gives, as text, in the order it gives it: the diagnostics before sorting, each unit's lists (references,
/// suggestions, dependencies, top-level lookups), every symbol with its properties and references. Two bindings that must agree
/// (one thread and several; ParallelBindingTests and the fuzz target) are compared through it.
/// </summary>
internal static class BoundCompilationDump
{
    public static List<string> Write(BoundCompilation bound)
    {
        static string Where(Location l) => $"{l.FilePath}:{l.Span.Start}..{l.Span.End}";
        var lines = new List<string>();
        lines.AddRange(bound.Diagnostics.Select(d => $"{Where(d.Location)} {d.Id}: {d.Message} suggestion={d.Suggestion} fix={d.Fix?.Title}"));
        foreach (var unit in bound.Units)
        {
            lines.Add($"unit {unit.Symbol}: {unit.Members.Length} members, unresolved={unit.HasUnresolvedReference}");
            lines.AddRange(unit.Diagnostics.Select(d => $"  {Where(d.Location)} {d.Id}: {d.Message} suggestion={d.Suggestion}"));
            lines.Add("  header " + string.Join(", ", unit.HeaderReferences.Select(r => $"{r.Target}@{Where(r.Location)}")));
            lines.Add("  members " + string.Join(", ", unit.MemberReferences.Select(r => $"{r.Target}@{Where(r.Location)}")));
            lines.Add("  suggested " + string.Join(", ", unit.Suggested));
            lines.Add("  depends " + string.Join(", ", unit.Dependencies.Select(d => d.ToString()).Order(StringComparer.Ordinal)));
            lines.Add("  looks up " + string.Join(", ", unit.TopLevelLookups));
        }

        lines.AddRange(bound.AllSymbols.Select(s => $"{s} error={s.HasDeclarationError} "
            + string.Join("; ", s.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
                $"{p.Key}={string.Join(",", p.Value.Values.Select(v => v.Value))}{(p.Value.HasErrors ? "!" : string.Empty)}"))
            + " <- " + string.Join(", ", bound.GetReferences(s).Select(Where))));
        return lines;
    }
}
