using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>
/// One checked value: a <see cref="string"/>, <see cref="DateValue"/>, <see cref="int"/>,
/// <see cref="VocabularyValue"/>, country code (string), <see cref="Symbol"/> or <see cref="Binding.Confidence"/>.
/// </summary>
public sealed record BoundValue(ValueSyntax Syntax, object Value);
