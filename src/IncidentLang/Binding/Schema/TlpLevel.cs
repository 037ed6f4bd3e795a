namespace IncidentLang.Binding;

/// <summary>
/// A Traffic Light Protocol 2.0 level: its rank (0 = least restricted), what it allows, and the
/// official STIX 2.1 TLP 2.0 marking definition (OASIS cti-stix-common-objects,
/// extension-definition-specifications/tlp-2.0).
/// </summary>
public sealed record TlpLevel(string Name, int Rank, string Meaning, string StixMarkingId)
    : VocabularyValue(Name, $"{LabelOf(Name)} — {Meaning}.")
{
    /// <summary>The TLP 2.0 label and its word (<c>TLP:AMBER+STRICT</c>, <c>AMBER+STRICT</c>), read as this level by INC1007's suggestion.</summary>
    public IReadOnlyList<string> LabelSynonyms => [LabelOf(Name), LabelOf(Name)["TLP:".Length..], .. Synonyms];

    /// <summary><c>amber-strict</c> → <c>TLP:AMBER+STRICT</c>.</summary>
    public override string Label => LabelOf(Name);

    /// <summary>The value of the STIX TLP 2.0 extension's <c>tlp_2_0</c> property: <c>amber+strict</c>.</summary>
    public string StixExtensionValue => Name.Replace("-strict", "+strict", StringComparison.Ordinal);

    private static string LabelOf(string name) => "TLP:" + name.ToUpperInvariant().Replace("-STRICT", "+STRICT", StringComparison.Ordinal);
}
