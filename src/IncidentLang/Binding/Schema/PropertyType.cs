namespace IncidentLang.Binding;

/// <summary>The value types of §4.</summary>
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
