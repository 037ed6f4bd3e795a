namespace IncidentLang.Binding;

/// <summary>
/// An actor kind and how STIX 2.1 carries it: a <c>state</c> is a threat-actor (the organisation
/// behind a cluster), every other kind an intrusion-set, which has no type vocabulary and keeps the
/// kind as a label (none for <c>unknown</c>).
/// </summary>
public sealed record ActorKindValue(string Name, string Description, bool IsStixThreatActor, bool IsKnown) : VocabularyValue(Name, Description)
{
    /// <summary>The STIX label of an intrusion-set of this kind (<c>actor-kind:criminal</c>), or null.</summary>
    public string? StixLabel => IsStixThreatActor || !IsKnown ? null : "actor-kind:" + Name;
}
