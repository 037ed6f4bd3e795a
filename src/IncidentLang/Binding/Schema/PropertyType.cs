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

    /// <summary>A decimal number (<c>9.8</c>); an integer is accepted too.</summary>
    Decimal,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>An ID in the shipped MITRE ATT&amp;CK data, of the kind <see cref="PropertyDefinition.AttackKind"/> names.</summary>
    AttackId,

    /// <summary>A CVE ID, <c>CVE-YYYY-NNNN…</c>.</summary>
    Cve,

    /// <summary>An active ISO 4217 currency code or a common cryptocurrency (<see cref="CurrencyCodes"/>).</summary>
    Currency,
}
