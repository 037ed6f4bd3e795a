namespace IncidentLang.Binding;

/// <summary>An ICD 203 word of estimative probability, with its other name and its probability range in percent.</summary>
public sealed record LikelihoodValue(string Name, string AlsoCalled, int LowPercent, int HighPercent)
    : VocabularyValue(Name, $"{Words(Name)} ({AlsoCalled}): {LowPercent}–{HighPercent}%.")
{
    /// <summary>"55–80%".</summary>
    public string Range => $"{LowPercent}–{HighPercent}%";
}
