using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang;

/// <summary>
/// Answers <see cref="Compilation.HasErrors"/> in logarithmic time: the start positions of the
/// compilation's error diagnostics, sorted per file, and the first incident declared under each name.
/// (Scanning every diagnostic for every incident made building N incidents take O(N²) time.)
/// </summary>
internal sealed class IncidentErrorIndex
{
    private readonly Dictionary<string, int[]> _errorStartsByPath;
    private readonly Dictionary<string, IncidentSymbol> _firstIncidentByName;

    public IncidentErrorIndex(IEnumerable<Diagnostic> diagnostics, IEnumerable<IncidentSymbol> incidents)
    {
        _errorStartsByPath = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .GroupBy(d => d.Location.FilePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Location.Span.Start).Order().ToArray(), StringComparer.Ordinal);
        _firstIncidentByName = new Dictionary<string, IncidentSymbol>(StringComparer.Ordinal);
        foreach (var incident in incidents)
        {
            _firstIncidentByName.TryAdd(incident.Name, incident);
        }
    }

    /// <summary>True when an error starts inside the incident's declaration (or a catalog declaration it references), or at its end.</summary>
    public bool HasErrors(IncidentSymbol incident) =>
        HasErrorIn(incident.Tree.FilePath, incident.Syntax.FullSpan)
        || incident.ReferencedCatalog().Any(symbol => HasErrorIn(symbol.Tree.FilePath, symbol.Syntax.FullSpan))
        || IsInvalidIncident(incident);

    /// <summary>An incident that lost its name to an error or is a duplicate never produces output.</summary>
    private bool IsInvalidIncident(IncidentSymbol incident) =>
        incident.Name.Length == 0 || _firstIncidentByName[incident.Name] != incident;

    private bool HasErrorIn(string path, TextSpan span)
    {
        if (!_errorStartsByPath.TryGetValue(path, out var starts))
        {
            return false;
        }

        // The first error starting at or after the span's start; it counts when it starts no later than the span's end.
        var index = Array.BinarySearch(starts, span.Start);
        if (index < 0)
        {
            index = ~index;
        }

        return index < starts.Length && starts[index] <= span.End;
    }
}
