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
    private readonly List<IndicatorSymbol> _indicators;

    private LiveIndicatorDefanger(IEnumerable<IndicatorSymbol> indicators) =>
        _indicators = indicators
            .Where(i => i.IndicatorKind is { IsLinkable: true } && !string.IsNullOrEmpty(i.Value))
            .DistinctBy(i => (i.IndicatorKind!.Name, i.Value))
            .OrderByDescending(i => i.Value!.Length)
            .ToList();

    /// <summary>The linkable indicators of the given incidents (all of them: the index shows several incidents).</summary>
    public static LiveIndicatorDefanger For(IEnumerable<IncidentSymbol> incidents) =>
        new(incidents.SelectMany(i => EmitParticipants.Of(i).Indicators));

    /// <summary><paramref name="text"/> with every live occurrence of an indicator defanged; the same string when there is none.</summary>
    public string Defang(string text)
    {
        foreach (var indicator in _indicators)
        {
            var kind = indicator.IndicatorKind!;
            var offsets = LiveIndicatorFinder.Find(text, kind, indicator.Value!);
            if (offsets.IsEmpty)
            {
                continue;
            }

            var length = indicator.Value!.Length;
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
