namespace IncidentLang.Binding;

/// <summary>A target kind, its STIX 2.1 identity-class-ov value, and the industry sector it implies when none is given.</summary>
public sealed record TargetKindValue(string Name, string Description, string StixIdentityClass, string? ImpliedSector) : VocabularyValue(Name, Description);
