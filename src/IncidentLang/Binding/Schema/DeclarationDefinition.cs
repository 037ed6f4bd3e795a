using System.Collections.Frozen;
using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>The schema of one declaration kind: its properties and where it may appear.</summary>
public sealed class DeclarationDefinition
{
    private readonly FrozenDictionary<string, PropertyDefinition> _byName;

    public DeclarationDefinition(DeclarationKind kind, string description, bool allowedAtTopLevel, ImmutableArray<PropertyDefinition> properties)
    {
        Kind = kind;
        Description = description;
        AllowedAtTopLevel = allowedAtTopLevel;
        Properties = properties;
        var byName = new Dictionary<string, PropertyDefinition>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            byName[property.Name] = property;
            foreach (var alias in property.Aliases)
            {
                byName[alias] = property;
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public DeclarationKind Kind { get; }

    public string Keyword => SyntaxFacts.GetKeywordText(Kind);

    public string Description { get; }

    public bool AllowedAtTopLevel { get; }

    /// <summary>Only events may be anonymous (docs/language.md, "Declarations and their properties").</summary>
    public bool RequiresName => Kind != DeclarationKind.Event;

    public ImmutableArray<PropertyDefinition> Properties { get; }

    /// <summary>Every accepted property name, aliases included.</summary>
    public IEnumerable<string> PropertyNames => _byName.Keys.Order(StringComparer.Ordinal);

    public PropertyDefinition? FindProperty(string name) => _byName.GetValueOrDefault(name);

    public PropertyDefinition GetProperty(string name) => _byName[name];
}
