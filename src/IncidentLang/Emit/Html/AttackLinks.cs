using IncidentLang.Attack;

namespace IncidentLang.Emit.Html;

/// <summary>Pages of attack.mitre.org for ATT&amp;CK objects: <c>T1078.004</c> → <c>https://attack.mitre.org/techniques/T1078/004/</c>.</summary>
internal static class AttackLinks
{
    public const string Home = "https://attack.mitre.org/";

    public static string Url(AttackObject value) => value.Kind switch
    {
        AttackObjectKind.Technique => Home + "techniques/" + value.Id.Replace('.', '/') + "/",
        AttackObjectKind.Group => Home + "groups/" + value.Id + "/",
        _ => Home + "software/" + value.Id + "/",
    };

    public static string Tactic(AttackTactic tactic) => Home + "tactics/" + tactic.Id + "/";
}
