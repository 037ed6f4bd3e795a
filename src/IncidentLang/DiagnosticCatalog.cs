using System.Collections.Frozen;
using System.Collections.Immutable;
using IncidentLang.Analyzers.Rules;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang;

/// <summary>
/// Every diagnostic the tool can report, ordered by ID: the compiler's own
/// (<c>Diagnostics/DiagnosticDescriptors.cs</c>) and those the built-in rules declare in their files.
/// <c>inc explain</c>, SARIF, <c>incidentlang.json</c>'s <c>rules</c> and <c>docs/diagnostics.md</c> read it.
/// </summary>
public static class DiagnosticCatalog
{
    private static readonly FrozenDictionary<string, DiagnosticDescriptor> ById =
        DiagnosticDescriptors.All.Concat(BuiltInRules.All.SelectMany(r => r.SupportedDiagnostics))
            .ToFrozenDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [.. ById.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>The descriptor of an ID (case-insensitive, surrounding spaces ignored); null when there is none.</summary>
    public static DiagnosticDescriptor? Find(string id) => ById.GetValueOrDefault(id.Trim());

    /// <summary>The known ID nearest to <paramref name="id"/> ("did you mean"), or null.</summary>
    public static string? SuggestId(string id) => NameSuggester.Suggest(id, All.Select(d => d.Id));
}
