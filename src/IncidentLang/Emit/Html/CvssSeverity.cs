namespace IncidentLang.Emit.Html;

/// <summary>
/// The CVSS v3.x qualitative severity rating of a base score (FIRST, CVSS v3.1 specification §5):
/// 0.0 none, 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10.0 critical. <see cref="Rank"/>
/// orders them from 0 (none) to 4 (critical), for the template's styling.
/// </summary>
internal sealed record CvssSeverity(string Words, int Rank)
{
    private static readonly CvssSeverity None = new("None", 0);
    private static readonly CvssSeverity Low = new("Low", 1);
    private static readonly CvssSeverity Medium = new("Medium", 2);
    private static readonly CvssSeverity High = new("High", 3);
    private static readonly CvssSeverity Critical = new("Critical", 4);

    public static CvssSeverity Of(decimal score) => score switch
    {
        < 0.1m => None,
        < 4.0m => Low,
        < 7.0m => Medium,
        < 9.0m => High,
        _ => Critical,
    };
}
