namespace IncidentLang.Binding;

/// <summary>One value of a closed vocabulary, with what it means (shown on hover and in the docs).</summary>
public sealed record VocabularyValue(string Name, string Description);
