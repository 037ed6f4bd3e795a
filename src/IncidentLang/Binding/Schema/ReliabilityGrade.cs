namespace IncidentLang.Binding;

/// <summary>An Admiralty source reliability grade (A–F); A to C count as reliable sources for INC2002.</summary>
public sealed record ReliabilityGrade(string Name, string Description, bool IsReliable) : VocabularyValue(Name, Description);
