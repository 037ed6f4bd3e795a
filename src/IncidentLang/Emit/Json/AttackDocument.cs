namespace IncidentLang.Emit.Json;

/// <summary>Which ATT&amp;CK release the IDs of the document refer to: <c>{ "domain": "enterprise-attack", "version": "18.1" }</c>.</summary>
internal sealed record AttackDocument
{
    public required string Domain { get; init; }
    public required string Version { get; init; }
}
