using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2021: a list names the same thing twice — one declaration (<c>actors: [apt29, apt29]</c>), one ATT&amp;CK ID, one
/// string (<c>aliases</c>, <c>tags</c>, <c>gaps</c>). Two items are the same when they bind to the same value: a declaration,
/// an ATT&amp;CK object, equal text. Reported at each later occurrence, in lists without errors (a list left open by a
/// syntax error is not looked at); the fix removes the item with its comma.
/// </summary>
internal sealed class DuplicateListItemAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2021", "Listed twice", "{0} is already listed in '{1}'", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "A list names the same declaration, ATT&CK ID or text twice, usually after a copy or a merge. The briefing and the JSON would repeat it (\"Actors: APT29; APT29\"), and a reader may take one source cited twice for two. The fix removes the later one.",
        "sources: [wsj, reuters, wsj]", "sources: [wsj, reuters]");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterSymbolAction(Analyze, LanguageSchema.All.Select(d => d.Kind).ToArray());

    private static void Analyze(SymbolAnalysisContext context)
    {
        foreach (var property in context.Symbol.Properties.Values)
        {
            // Most properties hold one value: that test first, since the rule looks at every property of a large report. The list's
            // syntax is read only once a value repeats: on a large report, reading it for every list was most of the rule's time
            // (cache misses on syntax that binding left behind).
            if (property.Values.Length < 2 || property.HasErrors || !property.Definition.IsList)
            {
                continue;
            }

            // Lists are short (a few sources or techniques) and a check looks at every list of a large report: a pairwise look,
            // with no set allocated, up to 16 items; a set beyond, so a long list costs linear time.
            var values = property.Values;
            var seen = values.Length > 16 ? new HashSet<object?>() : null;
            ListValueSyntax? list = null;
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                if (seen is null ? !ListedBefore(values, i) : seen.Add(value.Value))
                {
                    continue;
                }

                list ??= property.Syntax.Value as ListValueSyntax;
                if (list is null || list.CloseBracket.IsMissing)
                {
                    break;
                }

                var written = Shorten(context.Symbol.Tree.Text.ToString(value.Syntax.Span));
                var fix = ListItems.RemovalSpan(list, value.Syntax) is { } span
                    ? DiagnosticFix.Replace($"Remove the repeated {written}", span, string.Empty)
                    : null;
                context.Report(Descriptor, value.Syntax.Span, fix, written, property.Definition.Name);
            }
        }
    }

    /// <summary>Whether an item before <paramref name="index"/> binds to the same value.</summary>
    private static bool ListedBefore(ImmutableArray<BoundValue> values, int index)
    {
        var value = values[index].Value;
        for (var j = 0; j < index; j++)
        {
            if (Equals(values[j].Value, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The item as written, a name in single quotes (<c>'apt29'</c>), a string with its own (a long one by its first 60 characters).</summary>
    private static string Shorten(string written) =>
        written.StartsWith('"') ? (written.Length <= 60 ? written : written[..59] + "…") : $"'{written}'";
}
