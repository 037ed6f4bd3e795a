using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Syntax;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// What <c>index.html</c> shows of one incident built, taken from its symbol when it is rendered
/// (<see cref="IncidentRenderer.IndexEntryOf"/>), so that a host can let the incident's syntax tree go before the index is
/// rendered (<see cref="IncidentRenderer.RenderIndex(IReadOnlyCollection{IncidentIndexEntry}, EmitOptions)"/>).
/// </summary>
public sealed class IncidentIndexEntry
{
    private IncidentIndexEntry(IncidentSymbol incident)
    {
        Name = incident.Name;
        Reported = incident.Reported;
        Tlp = incident.Tlp;
        SummaryLength = incident.Summary?.Length ?? 0;
        LinkableIndicators = [.. LiveIndicatorDefanger.LinkableIndicatorsOf(incident)];
        Model = HtmlBriefingEmitter.IndexEntry(incident);
    }

    /// <summary>The incident's name (its ID in the index).</summary>
    public string Name { get; }

    internal DateValue? Reported { get; }

    internal TlpLevel Tlp { get; }

    internal int SummaryLength { get; }

    internal ImmutableArray<(IndicatorKind Kind, string Value)> LinkableIndicators { get; }

    /// <summary>The entry's template model (strings and numbers only).</summary>
    internal ScriptObject Model { get; }

    internal static IncidentIndexEntry Of(IncidentSymbol incident) => new(incident);
}
