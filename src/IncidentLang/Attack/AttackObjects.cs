using System.Collections.Immutable;

namespace IncidentLang.Attack;

/// <summary>A tactic of the ATT&amp;CK matrix (<c>TA0001</c> Initial Access, short name <c>initial-access</c>).</summary>
public sealed record AttackTactic
{
    internal AttackTactic(string id, string name, string shortName, int order)
    {
        Id = id;
        Name = name;
        ShortName = shortName;
        Order = order;
    }

    public string Id { get; }

    public string Name { get; }

    /// <summary>The short name techniques use for it (and STIX <c>kill_chain_phases</c>): <c>initial-access</c>.</summary>
    public string ShortName { get; }

    /// <summary>Its position in the matrix, from 0 (Reconnaissance in Enterprise).</summary>
    public int Order { get; }

    public override string ToString() => $"{Id} {Name}";
}

/// <summary>A technique, group or software item of the shipped ATT&amp;CK data.</summary>
public abstract record AttackObject
{
    private protected AttackObject(string id, string name, bool isRevoked, string? revokedBy, bool isDeprecated)
    {
        Id = id;
        Name = name;
        IsRevoked = isRevoked;
        RevokedBy = revokedBy;
        IsDeprecated = isDeprecated;
    }

    /// <summary>The ATT&amp;CK ID: <c>T1190</c>, <c>T1078.004</c>, <c>G1017</c>, <c>S0002</c>.</summary>
    public string Id { get; }

    /// <summary>ATT&amp;CK's name; for a sub-technique its own part only (<c>Cloud Accounts</c>).</summary>
    public string Name { get; }

    /// <summary>The name to show: <see cref="Name"/>, or <c>Parent: Name</c> for a sub-technique (<c>Valid Accounts: Cloud Accounts</c>).</summary>
    public virtual string DisplayName => Name;

    /// <summary><see cref="AttackObjectKind.Technique"/>, <see cref="AttackObjectKind.Group"/>, <see cref="AttackObjectKind.Malware"/> or <see cref="AttackObjectKind.Tool"/>.</summary>
    public abstract AttackObjectKind Kind { get; }

    /// <summary>ATT&amp;CK replaced it with another object (<see cref="RevokedBy"/>); its ID should not be used any more.</summary>
    public bool IsRevoked { get; }

    /// <summary>The ID of the object that replaced a revoked one (which may itself be revoked: follow <see cref="AttackCatalog.Replacement"/>).</summary>
    public string? RevokedBy { get; }

    /// <summary>ATT&amp;CK withdrew it without a replacement.</summary>
    public bool IsDeprecated { get; }

    /// <summary>Neither revoked nor deprecated.</summary>
    public bool IsCurrent => !IsRevoked && !IsDeprecated;

    public sealed override string ToString() => $"{Id} {DisplayName}";
}

/// <summary>A technique or sub-technique.</summary>
public sealed record AttackTechnique : AttackObject
{
    internal AttackTechnique(string id, string name, ImmutableArray<AttackTactic> tactics, AttackTechnique? parent, bool isRevoked, string? revokedBy, bool isDeprecated)
        : base(id, name, isRevoked, revokedBy, isDeprecated)
    {
        Tactics = tactics;
        Parent = parent;
    }

    public override AttackObjectKind Kind => AttackObjectKind.Technique;

    /// <summary>The tactics it serves, in matrix order.</summary>
    public ImmutableArray<AttackTactic> Tactics { get; }

    /// <summary>A sub-technique: its ID has a <c>.NNN</c> part.</summary>
    public bool IsSubtechnique => Id.Contains('.', StringComparison.Ordinal);

    /// <summary>The technique of a sub-technique (<c>T1078</c> for <c>T1078.004</c>), null for a technique.</summary>
    public AttackTechnique? Parent { get; }

    public override string DisplayName => Parent is null ? Name : $"{Parent.Name}: {Name}";
}

/// <summary>A group (intrusion set).</summary>
public sealed record AttackGroup : AttackObject
{
    internal AttackGroup(string id, string name, ImmutableArray<string> aliases, bool isRevoked, string? revokedBy, bool isDeprecated)
        : base(id, name, isRevoked, revokedBy, isDeprecated)
    {
        Aliases = aliases;
    }

    public override AttackObjectKind Kind => AttackObjectKind.Group;

    /// <summary>Other names ATT&amp;CK records for it (its own name not repeated).</summary>
    public ImmutableArray<string> Aliases { get; }
}

/// <summary>A software item: malware or tool.</summary>
public sealed record AttackSoftware : AttackObject
{
    internal AttackSoftware(string id, string name, bool isMalware, ImmutableArray<string> aliases, bool isRevoked, string? revokedBy, bool isDeprecated)
        : base(id, name, isRevoked, revokedBy, isDeprecated)
    {
        IsMalware = isMalware;
        Aliases = aliases;
    }

    public override AttackObjectKind Kind => IsMalware ? AttackObjectKind.Malware : AttackObjectKind.Tool;

    public bool IsMalware { get; }

    public bool IsTool => !IsMalware;

    /// <summary>Other names ATT&amp;CK records for it (its own name not repeated).</summary>
    public ImmutableArray<string> Aliases { get; }
}
