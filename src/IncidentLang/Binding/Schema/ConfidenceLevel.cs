namespace IncidentLang.Binding;

/// <summary>
/// An ICD 203 confidence level (docs/language.md, "Confidence"): its rank (0 = lowest), the STIX
/// score a level stands for, and the band of 0–100 scores that read back as this level.
/// </summary>
public sealed record ConfidenceLevel(string Name, int Rank, int StixScore, int MinimumScore, int MaximumScore, string Meaning)
    : VocabularyValue(Name, $"{Words(Name)} confidence (STIX {StixScore}): {Meaning}.")
{
    public bool Contains(int score) => score >= MinimumScore && score <= MaximumScore;
}
