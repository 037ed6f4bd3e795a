namespace IncidentLang.Binding;

/// <summary>A statement's stance towards the claims it is about: whether it is a denial or a confirmation.</summary>
public sealed record StanceValue(string Name, string Description, bool IsDenial, bool IsConfirmation) : VocabularyValue(Name, Description);
