using System.Collections.Immutable;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Binding;

/// <summary>
/// A declared thing: an incident, or a source, actor, target, claim, statement or event, either in
/// an incident or at the top level (a catalog declaration). Typed accessors on the subclasses read
/// the bound properties and apply the defaults (docs/language.md, "Declarations and their properties").
/// </summary>
public abstract class Symbol
{
    private BoundPropertyMap _properties = BoundPropertyMap.Empty;

    protected Symbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident)
    {
        Syntax = syntax;
        Tree = tree;
        Incident = incident;
        Name = syntax.Name is { IsMissing: false } name ? name.Text : string.Empty;
    }

    /// <summary>The declared name; empty for anonymous events.</summary>
    public string Name { get; }

    public abstract DeclarationKind Kind { get; }

    public DeclarationDefinition Definition => LanguageSchema.Get(Kind);

    public DeclarationSyntax Syntax { get; }

    public SyntaxTree Tree { get; }

    /// <summary>The incident the symbol is declared in; null for top-level (catalog) declarations and incidents.</summary>
    public IncidentSymbol? Incident { get; }

    public bool IsCatalog => Incident is null && Kind != DeclarationKind.Incident;

    /// <summary>
    /// True when the declaration itself is in error (a duplicate or missing name, INC1004/1013/1016):
    /// lint rules skip such symbols, so one mistake gives one diagnostic.
    /// </summary>
    public bool HasDeclarationError { get; internal set; }

    public Location NameLocation => Tree.GetLocation(Syntax.NameOrKeywordSpan);

    /// <summary>The bound properties by canonical name.</summary>
    public BoundPropertyMap Properties => _properties;

    /// <summary>Sets the bound properties, given in source order with distinct canonical names.</summary>
    internal void SetProperties(List<BoundProperty> properties) =>
        _properties = BoundPropertyMap.Create(properties);

    /// <summary>A check across declarations found the property's value wrong: it stays "given", but no later stage reads its value.</summary>
    internal void MarkInError(PropertyDefinition property)
    {
        if (_properties.Find(property.Name) is { } bound)
        {
            _properties = _properties.With(bound with { Values = [], HasErrors = true });
        }
    }

    /// <summary>The property as bound, by its name or alias as the schema spells it; null when it is not written.</summary>
    public BoundProperty? GetProperty(string name) => _properties.Find(name);

    /// <summary>The property as bound; null when it is not written. Written with errors: <see cref="BoundProperty.HasErrors"/>.</summary>
    public BoundProperty? GetProperty(PropertyDefinition property) => _properties.Find(property.Name);

    /// <summary>The name a reader sees: the declaration's <c>name</c> property where it has one, else its identifier.</summary>
    public virtual string DisplayName => Name;

    protected string? GetString(PropertyDefinition property) => GetProperty(property)?.Single?.Value as string;

    protected DateValue? GetDate(PropertyDefinition property) => GetProperty(property)?.Single?.Value as DateValue;

    protected long? GetInteger(PropertyDefinition property) => GetProperty(property)?.Single?.Value is long i ? i : null;

    protected decimal? GetDecimal(PropertyDefinition property) => GetProperty(property)?.Single?.Value is decimal d ? d : null;

    protected bool? GetBoolean(PropertyDefinition property) => GetProperty(property)?.Single?.Value is bool b ? b : null;

    /// <summary>Every value of the property that passed its checks, of type <typeparamref name="T"/>.</summary>
    protected ImmutableArray<T> GetValues<T>(PropertyDefinition property) =>
        GetProperty(property) is { } p ? ValuesOfType<T>(p.Values) : [];

    protected T? GetEnum<T>(PropertyDefinition property)
        where T : VocabularyValue => GetProperty(property)?.Single?.Value as T;

    /// <summary>The value, or the schema's default for the property.</summary>
    protected T GetEnumOrDefault<T>(PropertyDefinition property)
        where T : VocabularyValue => GetEnum<T>(property) ?? (T)property.FindValue(property.Default!)!;

    protected ImmutableArray<string> GetStrings(PropertyDefinition property) =>
        GetProperty(property) is { } p ? ValuesOfType<string>(p.Values) : [];

    protected ImmutableArray<T> GetReferences<T>(PropertyDefinition property)
        where T : Symbol =>
        GetProperty(property) is { } p ? ValuesOfType<T>(p.Values) : [];

    /// <summary>
    /// The values of type <typeparamref name="T"/>, in order: one array, no enumerators (the emitters read a claim's
    /// lists many times per briefing; issue 11).
    /// </summary>
    private static ImmutableArray<T> ValuesOfType<T>(ImmutableArray<BoundValue> values)
    {
        if (values.IsEmpty)
        {
            return [];
        }

        var result = new T[values.Length];
        var count = 0;
        foreach (var value in values)
        {
            if (value.Value is T typed)
            {
                result[count++] = typed;
            }
        }

        if (count < result.Length)
        {
            Array.Resize(ref result, count);
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    public override string ToString() => $"{SyntaxFacts.GetKeywordText(Kind)} {Name}";
}
