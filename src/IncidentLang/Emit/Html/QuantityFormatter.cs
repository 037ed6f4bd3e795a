using System.Globalization;
using IncidentLang.Binding;

namespace IncidentLang.Emit.Html;

/// <summary>A quantity as the briefing writes it: in words, and the exact digits when the words are not them.</summary>
/// <param name="Words">"190 million individuals", "US$22 million", "999 individuals".</param>
/// <param name="Digits">"190,000,000", "22,000,000 USD"; null when the words already are the digits.</param>
internal sealed record FormattedQuantity(string Words, string? Digits)
{
    /// <summary>"190 million individuals (190,000,000)".</summary>
    public string Text => Digits is null ? Words : $"{Words} ({Digits})";
}

/// <summary>
/// Writes counts and amounts of money in words and digits (docs/language.md §8, "Quantities"). Below
/// one million the number is written in digits with thousands separators ("999", "1,000", "250,000").
/// From one million it is written in millions, billions or trillions ("190 million", "2.5 billion",
/// "1.25 million") followed by the exact digits; "about" is added only when those words round the
/// number (more than two decimals would be needed), so it never claims an approximation the author
/// did not make beyond the rounding the digits next to it undo: 1,234,567 is "about 1.2 million
/// (1,234,567)". Money is prefixed as <see cref="CurrencyCodes.Prefix"/> says ("US$", "€", "BTC ")
/// and its digits carry the currency code. Digits are never rounded or padded: 2.5 stays 2.5.
/// </summary>
internal static class QuantityFormatter
{
    private static readonly (decimal Size, string Name)[] Scales =
    [
        (1_000_000_000_000m, "trillion"),
        (1_000_000_000m, "billion"),
        (1_000_000m, "million"),
    ];

    /// <summary>A count of things: <c>count: 190_000_000</c> <c>unit: "individuals"</c> → "190 million individuals (190,000,000)".</summary>
    public static FormattedQuantity Count(long count, string unit)
    {
        var (words, scaled) = InWords(count);
        var suffix = string.IsNullOrWhiteSpace(unit) ? string.Empty : " " + unit.Trim();
        return new FormattedQuantity(words + suffix, scaled ? Digits(count) : null);
    }

    /// <summary>Money: <c>amount: 22_000_000</c> <c>currency: USD</c> → "US$22 million (22,000,000 USD)".</summary>
    public static FormattedQuantity Money(decimal amount, string currency)
    {
        var (words, scaled) = InWords(amount);
        var about = words.StartsWith("about ", StringComparison.Ordinal);
        var prefixed = (about ? "about " : string.Empty) + CurrencyCodes.Prefix(currency) + (about ? words["about ".Length..] : words);
        return new FormattedQuantity(prefixed, scaled ? Digits(amount) + " " + currency : null);
    }

    /// <summary>The number with thousands separators and every decimal the author wrote: 1500000 → "1,500,000", 0.25 → "0.25".</summary>
    public static string Digits(decimal value) => value.ToString("#,0.############################", CultureInfo.InvariantCulture);

    private static (string Words, bool Scaled) InWords(decimal value)
    {
        for (var i = 0; i < Scales.Length; i++)
        {
            var (size, name) = Scales[i];
            if (value < size)
            {
                continue;
            }

            var scaled = value / size;
            if (scaled == Math.Round(scaled, 2))
            {
                return (Number(scaled) + " " + name, true);
            }

            var rounded = Math.Round(scaled, 1, MidpointRounding.AwayFromZero);
            if (rounded >= 1000 && i > 0)
            {
                // 999,999,999 rounds to "1,000.0 million": say "about 1 billion" instead.
                (size, name) = Scales[i - 1];
                rounded = Math.Round(value / size, 1, MidpointRounding.AwayFromZero);
            }

            return ("about " + Number(rounded) + " " + name, true);
        }

        return (Digits(value), false);
    }

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
