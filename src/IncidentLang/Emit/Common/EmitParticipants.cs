using System.Runtime.CompilerServices;
using IncidentLang.Binding;

namespace IncidentLang.Emit.Common;

/// <summary>
/// <see cref="IncidentSymbol.GetParticipants"/> once per incident for all the emitters: the briefing's limits, its
/// defanger and its model, the JSON and the STIX bundle each need them, and each call walks every member of the
/// incident (2–3 ms on a 2,000-claim incident). A bound incident never changes, so its participants are kept as long
/// as the incident is (a weak table: no incident is kept alive by it).
/// </summary>
internal static class EmitParticipants
{
    private static readonly ConditionalWeakTable<IncidentSymbol, IncidentParticipants> Cache = [];

    public static IncidentParticipants Of(IncidentSymbol incident) => Cache.GetValue(incident, static i => i.GetParticipants());
}
