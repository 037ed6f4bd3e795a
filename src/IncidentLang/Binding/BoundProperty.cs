using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>
/// A property as written and as checked. <see cref="Values"/> holds the values that passed every
/// check (one for single-valued properties); <see cref="HasErrors"/> is set when any value had an
/// INC0xxx or INC1xxx error, so later checks and lint rules skip it (one problem, one diagnostic: docs/language.md, "Checking files").
/// </summary>
public sealed record BoundProperty(PropertyDefinition Definition, PropertySyntax Syntax, ImmutableArray<BoundValue> Values, bool HasErrors)
{
    public BoundValue? Single => Values.IsEmpty ? null : Values[0];
}
