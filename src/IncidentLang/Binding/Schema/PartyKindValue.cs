namespace IncidentLang.Binding;

/// <summary>A party kind, its STIX 2.1 identity-class-ov value, and the industry sector it implies.</summary>
public sealed record PartyKindValue(string Name, string Description, string StixIdentityClass, string? ImpliedSector) : VocabularyValue(Name, Description);
