using System.Globalization;
using IncidentLang.Syntax;

namespace IncidentLang.Emit.Stix;

/// <summary>
/// How IncidentLang's vocabularies map onto STIX 2.1's (§6; the decisions are documented in
/// docs/language.md, "The STIX bundle").
/// </summary>
public static class StixVocabulary
{
    /// <summary>
    /// The project's fixed UUIDv5 namespace: every id in a bundle is
    /// <c>type--UUIDv5(ProjectNamespace, key)</c>, the key built from the incident and declaration names.
    /// Never change it: that would change every id of every bundle ever written.
    /// </summary>
    public static readonly Guid ProjectNamespace = new("8d27464e-e5ea-49f3-9359-fb70d1a4a61b");

    /// <summary>The STIX TLP 2.0 extension definition the official TLP 2.0 marking definitions use.</summary>
    public const string TlpExtensionDefinition = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    /// <summary>The <c>created</c> of the official TLP 2.0 marking definitions.</summary>
    public const string TlpMarkingCreated = "2022-10-01T00:00:00.000Z";

    /// <summary>
    /// The official STIX 2.1 TLP 2.0 marking definitions (OASIS cti-stix-common-objects,
    /// extension-definition-specifications/tlp-2.0), by IncidentLang <c>tlp</c> value.
    /// </summary>
    public static TlpMarking Tlp(string level) => level switch
    {
        "clear" => new("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "TLP:CLEAR", "clear"),
        "green" => new("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "TLP:GREEN", "green"),
        "amber" => new("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "TLP:AMBER", "amber"),
        "amber-strict" => new("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "TLP:AMBER+STRICT", "amber+strict"),
        "red" => new("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "TLP:RED", "red"),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a TLP level."),
    };

    /// <summary>A <c>state</c> is a threat-actor (the organisation behind a cluster); every other kind an intrusion-set.</summary>
    public static bool IsThreatActor(string actorKind) => actorKind == "state";

    /// <summary>
    /// <c>motive</c> to STIX attack-motivation-ov. The vocabulary has no "espionage": a state's
    /// espionage seeks advantage over other organisations (including militaries and governments),
    /// which is <c>organizational-gain</c>; financial motives are <c>personal-gain</c> (the
    /// vocabulary's value for cybercrime), disruption is <c>dominance</c>, ideology is
    /// <c>ideology</c>; <c>unknown</c> is left out (<c>unpredictable</c> means something else).
    /// </summary>
    public static string? Motivation(string? motive) => motive switch
    {
        "espionage" => "organizational-gain",
        "financial" => "personal-gain",
        "disruption" => "dominance",
        "ideology" => "ideology",
        _ => null,
    };

    /// <summary>Target <c>kind</c> to STIX identity-class-ov.</summary>
    public static string IdentityClass(string targetKind) => targetKind switch
    {
        "sector" => "class",
        "individual" => "individual",
        "infrastructure" => "system",
        _ => "organization", // organization, government
    };

    /// <summary>Admiralty information credibility to the STIX 2.1 appendix scale (1→90 … 5→10; 6 gives no value).</summary>
    public static int? CredibilityScore(int credibility) => credibility switch
    {
        1 => 90,
        2 => 70,
        3 => 50,
        4 => 30,
        5 => 10,
        _ => null,
    };

    /// <summary>A STIX timestamp: UTC, millisecond precision (<c>2024-11-20T00:00:00.000Z</c>).</summary>
    public static string Timestamp(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The first instant a date covers (<c>2024-10</c> → <c>2024-10-01T00:00:00.000Z</c>).</summary>
    public static string Start(DateValue date) => Timestamp(date.FirstInstantUtc);

    /// <summary>
    /// The first instant after the period a date covers (<c>2024-10</c> → <c>2024-11-01T00:00:00.000Z</c>);
    /// a date-time is an instant. Null past the end of the calendar (9999-12-31).
    /// </summary>
    public static string? End(DateValue date)
    {
        var start = date.FirstInstantUtc;
        var max = DateTimeOffset.MaxValue.AddDays(-1);
        if (start > max.AddYears(-1) && date.Precision == DatePrecision.Year
            || start > max.AddMonths(-1) && date.Precision == DatePrecision.Month
            || start > max)
        {
            return null;
        }

        return Timestamp(date.Precision switch
        {
            DatePrecision.Year => start.AddYears(1),
            DatePrecision.Month => start.AddMonths(1),
            DatePrecision.Day => start.AddDays(1),
            _ => start,
        });
    }
}

/// <summary>One official TLP 2.0 marking definition.</summary>
public sealed record TlpMarking(string Id, string Name, string ExtensionValue);
