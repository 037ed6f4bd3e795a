namespace IncidentLang.Binding;

/// <summary>The value types of docs/language.md, "Declarations and their properties".</summary>
public enum PropertyType
{
    String,
    Url,
    Date,
    Integer,
    Enum,
    Country,
    Reference,

    /// <summary><c>low|moderate|high</c> or an integer 0–100.</summary>
    Confidence,
}
