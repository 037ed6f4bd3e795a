using System.Text;

namespace IncidentLang.Diagnostics;

/// <summary>Generates <c>docs/diagnostics.md</c> from <see cref="DiagnosticCatalog.All"/> (a test keeps the file in sync).</summary>
internal static class DiagnosticCatalogWriter
{
    public static string WriteMarkdown(IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        var builder = new StringBuilder();
        builder.Append("# Diagnostics\n\n");
        builder.Append("<!-- Generated from the descriptors in src/IncidentLang/Diagnostics/DiagnosticDescriptors.cs and src/IncidentLang/Analyzers/Rules/ by the test DiagnosticCatalogTests; do not edit by hand. -->\n\n");
        builder.Append("Every diagnostic has a stable ID, a default severity and a precise span. `inc explain ID` prints the same help.\n");
        builder.Append("Configurable levels are set in `incidentlang.json` (`\"rules\": { \"INC2003\": \"none\" }`).\n\n");
        builder.Append("| ID | Severity | Title |\n|---|---|---|\n");
        foreach (var d in descriptors)
        {
            builder.Append($"| [{d.Id}](#{d.Id.ToLowerInvariant()}) | {Diagnostic.SeverityName(d.DefaultSeverity)} | {d.Title} |\n");
        }

        foreach (var group in descriptors.GroupBy(d => d.Category))
        {
            builder.Append("\n## ").Append(group.Key switch
            {
                DiagnosticCategory.Syntax => "INC0xxx: syntax",
                DiagnosticCategory.Semantic => "INC1xxx: semantics",
                DiagnosticCategory.Analytic => "INC2xxx: analytic rules",
                DiagnosticCategory.Configuration => "INC3xxx: configuration",
                _ => "INC9999: internal",
            }).Append('\n');
            foreach (var d in group)
            {
                builder.Append("\n### ").Append(d.Id).Append('\n');
                builder.Append("\n**").Append(d.Title).Append("** — ").Append(Diagnostic.SeverityName(d.DefaultSeverity))
                    .Append(d.IsConfigurable ? ", configurable" : ", cannot be changed").Append(".\n\n");
                builder.Append(d.Help).Append('\n');
                if (d.Example is not null)
                {
                    builder.Append("\nExample:\n\n```inc\n").Append(d.Example).Append("\n```\n");
                }

                if (d.Fix is not null)
                {
                    builder.Append("\nFix:\n\n```inc\n").Append(d.Fix).Append("\n```\n");
                }
            }
        }

        return builder.ToString();
    }
}
