namespace IncidentLang.Binding;

/// <summary>An Admiralty information credibility grade (1–6) and its score on the STIX 2.1 appendix scale (none for 6).</summary>
public sealed record CredibilityGrade(string Name, string Description, int Grade, int? StixScore) : VocabularyValue(Name, Description);
