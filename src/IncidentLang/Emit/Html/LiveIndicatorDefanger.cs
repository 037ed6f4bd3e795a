using System.Text;
using IncidentLang.Binding;
using IncidentLang.Emit.Common;

namespace IncidentLang.Emit.Html;

/// <summary>
/// Defangs, in every value a briefing or the index writes, each occurrence of a declared indicator of a
/// linkable kind (url, domain, ipv4, ipv6, email) written live — found as INC2013 finds it
/// (<see cref="LiveIndicatorFinder"/>, whole tokens). INC2013 warns the author, but a warning does not stop
/// the build, and a briefing is opened in browsers and mail clients that turn a live address into a link
/// (docs/reliability.md, "Hostile reports"). Longer values are defanged first, so the domain inside a
/// declared URL is not found again in the defanged URL.
/// </summary>
internal sealed class LiveIndicatorDefanger
{
    private readonly List<(IndicatorKind Kind, string Value)> _indicators;

    private LiveIndicatorDefanger(IEnumerable<(IndicatorKind Kind, string Value)> indicators) =>
        _indicators = indicators
            .DistinctBy(i => (i.Kind.Name, i.Value))
            .OrderByDescending(i => i.Value.Length)
            .ToList();

    /// <summary>True when there is no indicator to defang.</summary>
    public bool IsEmpty => _indicators.Count == 0;

    /// <summary>The linkable indicators of the given incidents (all of them: the index shows several incidents).</summary>
    public static LiveIndicatorDefanger For(IEnumerable<IncidentSymbol> incidents) => new(incidents.SelectMany(LinkableIndicatorsOf));

    /// <summary>The linkable indicators the index entries were made with.</summary>
    public static LiveIndicatorDefanger For(IEnumerable<IncidentIndexEntry> entries) => new(entries.SelectMany(e => e.LinkableIndicators));

    /// <summary>The incident's indicators of a linkable kind with a value, in declaration order.</summary>
    public static IEnumerable<(IndicatorKind Kind, string Value)> LinkableIndicatorsOf(IncidentSymbol incident) =>
        EmitParticipants.Of(incident).Indicators
            .Where(i => i.IndicatorKind is { IsLinkable: true } && !string.IsNullOrEmpty(i.Value))
            .Select(i => (i.IndicatorKind!, i.Value!));

    /// <summary><paramref name="text"/> with every live occurrence of an indicator defanged; the same string when there is none.</summary>
    public string Defang(string text)
    {
        foreach (var (kind, value) in _indicators)
        {
            var offsets = LiveIndicatorFinder.Find(text, kind, value);
            if (offsets.IsEmpty)
            {
                continue;
            }

            var length = value.Length;
            var builder = new StringBuilder(text.Length + (offsets.Length * 8));
            var copied = 0;
            foreach (var at in offsets)
            {
                builder.Append(text, copied, at - copied).Append(Defanging.Defang(kind, text.Substring(at, length)));
                copied = at + length;
            }

            text = builder.Append(text, copied, text.Length - copied).ToString();
        }

        return text;
    }
}
