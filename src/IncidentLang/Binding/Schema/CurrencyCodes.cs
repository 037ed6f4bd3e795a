using System.Collections.Frozen;

namespace IncidentLang.Binding;

/// <summary>
/// The currency codes an <c>amount</c> may be in: the active ISO 4217 alphabetic codes (the list
/// published by SIX, the ISO 4217 maintenance agency, as of 2025: national currencies, fund codes,
/// precious metals and special codes such as XDR) and the cryptocurrencies ransoms are often demanded
/// in (<c>BTC ETH XMR USDT USDC LTC</c>, which ISO 4217 does not cover). Anything else is INC1020.
/// </summary>
public static class CurrencyCodes
{
    /// <summary>Cryptocurrencies accepted beside ISO 4217 (docs/language.md, "claim").</summary>
    public static IReadOnlyList<string> Cryptocurrencies { get; } = ["BTC", "ETH", "XMR", "USDT", "USDC", "LTC"];

    private static readonly FrozenSet<string> Iso4217 = new[]
    {
        "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD",
        "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP",
        "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD",
        "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR",
        "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK",
        "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK",
        "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR",
        "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS",
        "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH",
        "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA",
        "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XUA", "YER", "ZAR", "ZMW", "ZWG",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every accepted code: ISO 4217 then the cryptocurrencies.</summary>
    public static IEnumerable<string> All => Iso4217.Order(StringComparer.Ordinal).Concat(Cryptocurrencies);

    public static bool IsKnown(string code) => Iso4217.Contains(code) || Cryptocurrencies.Contains(code);

    /// <summary>How an amount in this currency reads: <c>USD</c> → "US$", <c>EUR</c> → "€", <c>GBP</c> → "£"; otherwise the code and a space.</summary>
    public static string Prefix(string code) => code switch
    {
        "USD" => "US$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        _ => code + " ",
    };
}
