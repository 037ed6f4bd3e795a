namespace IncidentLang.Binding;

/// <summary>
/// An indicator kind: what its value must look like (after refanging) and whether renderers and
/// mail clients turn such a value into a link — the kinds INC2013 looks for in prose.
/// </summary>
public sealed record IndicatorKindValue(string Name, string Description, bool IsLinkable) : VocabularyValue(Name, Description);
