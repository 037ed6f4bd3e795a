namespace IncidentLang.Binding;

/// <summary>
/// One value of a closed vocabulary, with what it means (shown on hover and in the docs). The
/// subclasses carry the structured facts of their vocabulary (a STIX score, a probability range,
/// a STIX mapping); their <see cref="Description"/> is written from those facts, never the reverse.
/// </summary>
public record VocabularyValue(string Name, string Description)
{
    /// <summary>Other spellings an analyst writes for this value (<c>medium</c> for <c>moderate</c>, <c>white</c> for <c>clear</c>), compared ignoring case: INC1007 suggests the value for them.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>
    /// How a reader writes the value when <see cref="Words"/> would not spell it right, such as an acronym (<c>rat</c> →
    /// "RAT", not "Rat"); null otherwise.
    /// </summary>
    public string? Spelling { get; init; }

    /// <summary>The value in words for a reader: <c>roughly-even-chance</c> → "Roughly even chance"; <see cref="Spelling"/> when set.</summary>
    public virtual string Label => Spelling ?? Words(Name);

    /// <summary>The word as written in a report, so a value in an interpolated string reads as the language spells it.</summary>
    public sealed override string ToString() => Name;

    /// <summary>"roughly-even-chance" → "Roughly even chance"; one-character names stay as they are.</summary>
    public static string Words(string name) => name.Length <= 1 ? name : char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');
}
