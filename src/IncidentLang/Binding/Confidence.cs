namespace IncidentLang.Binding;

/// <summary>Analytic confidence as both an ICD 203 level and a STIX 0–100 score (docs/language.md, "Confidence").</summary>
public sealed record Confidence(ConfidenceLevel Level, int Score)
{
    public static Confidence FromLevel(ConfidenceLevel level) => new(level, level.StixScore);

    public static Confidence FromScore(int score) => new(Vocabularies.ConfidenceLevelOf(score), score);
}
