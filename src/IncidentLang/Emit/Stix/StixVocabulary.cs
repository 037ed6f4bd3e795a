using System.Globalization;
using IncidentLang.Syntax;

namespace IncidentLang.Emit.Stix;

/// <summary>
/// The fixed parts of the STIX 2.1 output: the id namespace, the TLP 2.0 extension, timestamps.
/// How each vocabulary value maps onto STIX is a fact of the schema (<see cref="Binding.Vocabularies"/>);
/// the decisions are documented in docs/language.md, "The STIX bundle".
/// </summary>
internal static class StixVocabulary
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
    /// The <c>created</c> of shared objects: those made from catalog declarations or from ATT&amp;CK alone,
    /// which have the same id in every incident's bundle. STIX requires every version of an object to
    /// share its <c>created</c>, and nothing in the input dates a catalog declaration, so it is this fixed
    /// instant (the Unix epoch); their <c>modified</c> is the incident's <c>reported</c>, so a platform
    /// keeps the copy of the latest incident.
    /// </summary>
    public const string SharedCreated = "1970-01-01T00:00:00.000Z";

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
