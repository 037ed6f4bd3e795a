namespace IncidentLang.Binding;

/// <summary>A claim kind: whether it is an analytic judgement (the briefing's key judgements come from these) and its plural for headings.</summary>
public sealed record ClaimKindValue(string Name, string Description, bool IsJudgement, string Plural) : VocabularyValue(Name, Description);
