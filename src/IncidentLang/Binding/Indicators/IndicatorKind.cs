
namespace IncidentLang.Binding;

/// <summary>
/// One kind of indicator of compromise (v2 §4 <c>indicator</c>, property <c>kind</c>): what its value
/// must look like, how it is shown defanged, its STIX 2.1 pattern, and whether INC2013 looks for it in
/// prose. <see cref="IndicatorKinds.All"/> is the one table of kinds; the schema's vocabulary for
/// <c>kind</c> is built from it, so no code outside it branches on a kind's name.
/// </summary>
/// <param name="Name">The word written in a report: <c>ipv4</c>, <c>file-name</c>.</param>
/// <param name="Description">What the kind is, with an example (hover, docs).</param>
/// <param name="Noun">The kind with its article, for messages: "an IPv4 address".</param>
/// <param name="ShortLabel">The column label in a briefing: "IPv4", "SHA-256".</param>
/// <param name="IsLinkable">
/// Mail clients and renderers turn a live value of this kind into a link (v2 §5 INC2013: url, domain,
/// ipv4, ipv6, email).
/// </param>
/// <param name="ProseComparison">How INC2013 compares the value with prose (<see cref="LiveIndicatorFinder"/>).</param>
/// <param name="Check">A refanged value → null when it is one of this kind, else why not (the end of the INC1022 message).</param>
/// <param name="StixPattern">A valid refanged value → its STIX 2.1 pattern.</param>
/// <param name="Defang">A value → its canonical defanged display (<see cref="Defanging"/>).</param>
/// <param name="Example">A valid value, refanged (documentation-range addresses and example domains only).</param>
public sealed record IndicatorKind(
    string Name,
    string Description,
    string Noun,
    string ShortLabel,
    bool IsLinkable,
    StringComparison ProseComparison,
    Func<string, string?> Check,
    Func<string, string> StixPattern,
    Func<string, string> Defang,
    string Example)
    : VocabularyValue(Name, Description)
{
    /// <summary>"IPv4", "SHA-256", "File name" — not the generic word form of the name ("Ipv4").</summary>
    public override string Label => ShortLabel;
}
