namespace IncidentLang.Binding;

/// <summary>An actor's motive and its STIX 2.1 attack-motivation-ov value (null: left out of STIX).</summary>
public sealed record MotiveValue(string Name, string Description, string? StixMotivation) : VocabularyValue(Name, Description);
