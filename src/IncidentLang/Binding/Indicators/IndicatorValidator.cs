namespace IncidentLang.Binding;

/// <summary>
/// INC1022 (v2 §5): an indicator's value, possibly written defanged, is refanged and must then match
/// its kind.
/// </summary>
internal static class IndicatorValidator
{
    /// <summary>
    /// Null when <paramref name="value"/>, once refanged, is a value of the kind named
    /// <paramref name="kind"/>; else the whole INC1022 message, naming the refanged value:
    /// "'198.51.100.300' is not an IPv4 address: 300 is above 255".
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a kind of <see cref="IndicatorKinds.All"/>.</exception>
    public static string? Validate(string kind, string value) => Validate(IndicatorKinds.Get(kind), value);

    /// <inheritdoc cref="Validate(string, string)"/>
    public static string? Validate(IndicatorKind kind, string value)
    {
        var refanged = Defanging.Refang(value);
        return kind.Check(refanged) is { } reason ? Message(kind, refanged, reason) : null;
    }

    /// <summary>The INC1022 message for a refanged value and the reason its kind's check gave.</summary>
    public static string Message(IndicatorKind kind, string refangedValue, string reason) => $"'{refangedValue}' is not {kind.Noun}: {reason}";
}
