using System.Collections.Immutable;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>The schema of one declaration kind: its properties and where it may appear.</summary>
public sealed class DeclarationDefinition
{
    // A plain dictionary: the schema is set up in every check, and creating 14 frozen ones was 1.3 % of a small check's main thread.
    private readonly Dictionary<string, PropertyDefinition> _byName;

    public DeclarationDefinition(DeclarationKind kind, string description, bool allowedAtTopLevel, ImmutableArray<PropertyDefinition> properties, bool requiresName = true)
    {
        RequiresName = requiresName;
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

        _byName = byName;
    }

    public DeclarationKind Kind { get; }

    public string Keyword => SyntaxFacts.GetKeywordText(Kind);

    public string Description { get; }

    public bool AllowedAtTopLevel { get; }

    /// <summary>False for the kinds that may be anonymous: <c>event</c>, <c>recommendation</c>, <c>revision</c>.</summary>
    public bool RequiresName { get; }

    public ImmutableArray<PropertyDefinition> Properties { get; }

    /// <summary>Every accepted property name, aliases included.</summary>
    public IEnumerable<string> PropertyNames => _byName.Keys.Order(StringComparer.Ordinal);

    public PropertyDefinition? FindProperty(string name) => _byName.GetValueOrDefault(name);

    public PropertyDefinition GetProperty(string name) => _byName[name];
}
