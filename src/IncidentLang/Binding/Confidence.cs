namespace IncidentLang.Binding;

/// <summary>Analytic confidence as both an ICD 203 level and a STIX 0–100 score (§4).</summary>
public sealed record Confidence(string Level, int Score)
{
    public static Confidence FromLevel(string level) => new(level, LanguageSchema.ScoreOf(level));

    public static Confidence FromScore(int score) => new(LanguageSchema.LevelOf(score), score);
}
