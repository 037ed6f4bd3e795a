using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace IncidentLang.Attack;

/// <summary>
/// The ATT&amp;CK data shipped with the compiler: tactics, techniques, groups and software of one
/// domain and release. <see cref="Enterprise"/> is read from the compiled-in data (<see cref="AttackData"/>) on first use
/// (never when the assembly or this type is merely loaded), once per process; lookups by ID are
/// dictionary reads, and the name indexes that only "did you mean" and INC2014 need are built
/// when first asked for.
/// </summary>
public sealed class AttackCatalog
{

    private static readonly Lazy<AttackCatalog> s_enterprise = new(LoadEnterprise, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<HashSet<string>> s_enterpriseGroupNames = new(LoadEnterpriseGroupNames, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int s_enterpriseLoadCount;
    private static long s_enterpriseLoadTicks;
    private static int s_prefetchStarted;

    private readonly Dictionary<string, AttackObject> _byId;
    private readonly Lazy<Dictionary<string, ImmutableArray<AttackObject>>> _byName;
    private readonly Lazy<Dictionary<string, ImmutableArray<AttackObject>>> _byNormalizedName;

    internal AttackCatalog(
        string domain,
        string version,
        string source,
        ImmutableArray<AttackTactic> tactics,
        ImmutableArray<AttackTechnique> techniques,
        ImmutableArray<AttackGroup> groups,
        ImmutableArray<AttackSoftware> software,
        Dictionary<string, AttackObject> byId)
    {
        Domain = domain;
        Version = version;
        Source = source;
        Tactics = tactics;
        Techniques = techniques;
        Groups = groups;
        Software = software;
        _byId = byId;
        _byName = new Lazy<Dictionary<string, ImmutableArray<AttackObject>>>(BuildNameIndex, LazyThreadSafetyMode.ExecutionAndPublication);
        _byNormalizedName = new Lazy<Dictionary<string, ImmutableArray<AttackObject>>>(() => AttackResolver.BuildNormalizedNameIndex(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>ATT&amp;CK Enterprise, from the embedded copy of <c>data/attack/enterprise-attack-*.json</c>.</summary>
    public static AttackCatalog Enterprise => s_enterprise.Value;

    /// <summary>
    /// Whether a current Enterprise group has this name or alias, case-insensitively, as <see cref="FindGroupsByName"/> would
    /// find one. Answered from the groups' names alone while <see cref="Enterprise"/> is not read: INC2014 asks it of every
    /// actor without an <c>attack-id</c>, and most actors' names are no group's, so a check that needs nothing else of ATT&amp;CK
    /// never reads the rest (docs/performance.md, "Decisions").
    /// </summary>
    internal static bool IsEnterpriseGroupName(string nameOrAlias) =>
        s_enterprise.IsValueCreated ? !Enterprise.FindGroupsByName(nameOrAlias).IsEmpty : s_enterpriseGroupNames.Value.Contains(nameOrAlias);

    /// <summary>
    /// Starts reading the groups' names (<see cref="IsEnterpriseGroupName"/>) on the thread pool, once, unless they or the
    /// catalog are read already: for a compilation that will ask (the binder calls it when it declares an actor, whose name
    /// INC2014 looks for among the groups). The read then overlaps the binding, where a core is often idle, instead of holding
    /// up the rule (docs/performance.md, "Throughput and memory of one large file"). A first use while the read runs waits for
    /// it; nothing is ever read twice.
    /// </summary>
    internal static void PrefetchEnterprise()
    {
        if (s_enterprise.IsValueCreated || s_enterpriseGroupNames.IsValueCreated
            || Volatile.Read(ref s_prefetchStarted) != 0 || Interlocked.Exchange(ref s_prefetchStarted, 1) != 0)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static _ =>
        {
            try
            {
                _ = s_enterpriseGroupNames.Value;
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Text.Json.JsonException)
            {
                // Bad embedded data: the lazy value keeps the exception, and the first real use reports it where it is handled.
            }
        }, null);
    }

    /// <summary>Whether <see cref="Enterprise"/> has been read in this process (for tests and measurements).</summary>
    internal static bool IsEnterpriseLoaded => s_enterprise.IsValueCreated;

    /// <summary>Whether the groups' names alone (<see cref="IsEnterpriseGroupName"/>) have been read in this process (for tests).</summary>
    internal static bool AreEnterpriseGroupNamesLoaded => s_enterpriseGroupNames.IsValueCreated;

    /// <summary>How many times the embedded Enterprise data has been parsed in this process: 0 or 1.</summary>
    internal static int EnterpriseLoadCount => Volatile.Read(ref s_enterpriseLoadCount);

    /// <summary>Wall time of the one Enterprise load (parse, indexes), zero before it.</summary>
    internal static TimeSpan EnterpriseLoadTime => Stopwatch.GetElapsedTime(0, Volatile.Read(ref s_enterpriseLoadTicks));

    /// <summary>The ATT&amp;CK domain: <c>enterprise-attack</c>.</summary>
    public string Domain { get; }

    /// <summary>The ATT&amp;CK release: <c>18.1</c>. Every output that uses the data states it.</summary>
    public string Version { get; }

    /// <summary>Where the data came from (the <c>source</c> field of the JSON: repository and commit).</summary>
    public string Source { get; }

    /// <summary>The domain as ATT&amp;CK names it: Enterprise, Mobile, ICS.</summary>
    public string DomainName => Domain switch
    {
        "enterprise-attack" => "Enterprise",
        "mobile-attack" => "Mobile",
        "ics-attack" => "ICS",
        _ => Domain,
    };

    /// <summary>"ATT&amp;CK Enterprise 18.1": how messages and outputs name the data.</summary>
    public string Title => $"ATT&CK {DomainName} {Version}";

    /// <summary>The tactics in matrix order (Reconnaissance … Impact for Enterprise).</summary>
    public ImmutableArray<AttackTactic> Tactics { get; }

    /// <summary>Techniques and sub-techniques, revoked and deprecated ones included, ordered by ID (ordinal).</summary>
    public ImmutableArray<AttackTechnique> Techniques { get; }

    /// <summary>Groups, revoked and deprecated ones included, ordered by ID.</summary>
    public ImmutableArray<AttackGroup> Groups { get; }

    /// <summary>Malware and tools, revoked and deprecated ones included, ordered by ID.</summary>
    public ImmutableArray<AttackSoftware> Software { get; }

    /// <summary>The object with exactly this ID (ordinal: <c>t1190</c> is not <c>T1190</c>), of any kind.</summary>
    public AttackObject? Find(string id) => _byId.GetValueOrDefault(id);

    public AttackTechnique? FindTechnique(string id) => Find(id) as AttackTechnique;

    public AttackGroup? FindGroup(string id) => Find(id) as AttackGroup;

    public AttackSoftware? FindSoftware(string id) => Find(id) as AttackSoftware;

    /// <summary>A tactic by ID (<c>TA0001</c>) or short name (<c>initial-access</c>).</summary>
    public AttackTactic? FindTactic(string idOrShortName)
    {
        foreach (var tactic in Tactics)
        {
            if (tactic.Id == idOrShortName || tactic.ShortName == idOrShortName)
            {
                return tactic;
            }
        }

        return null;
    }

    /// <summary>
    /// The object that replaces a revoked one, following revocations to the end
    /// (<c>T1073</c> → <c>T1574.002</c>, itself revoked → <c>T1574.001</c>); null when
    /// <paramref name="revoked"/> is not revoked or names no replacement in the data.
    /// </summary>
    public AttackObject? Replacement(AttackObject revoked)
    {
        AttackObject? current = null;
        var next = revoked;
        for (var steps = 0; next is { IsRevoked: true, RevokedBy: { } id } && steps < 16; steps++)
        {
            var target = Find(id);
            if (target is null)
            {
                break;
            }

            current = target;
            next = target;
        }

        return current;
    }

    /// <summary>
    /// INC2014: the groups, neither revoked nor deprecated, whose name or one of whose aliases equals
    /// <paramref name="nameOrAlias"/> ignoring case (<c>salt typhoon</c> → G1045; <c>Thrip</c> → G0030
    /// and G0076). Ordered by ID; empty when none.
    /// </summary>
    public ImmutableArray<AttackGroup> FindGroupsByName(string nameOrAlias) => FindByName<AttackGroup>(nameOrAlias);

    /// <summary>As <see cref="FindGroupsByName"/>, for malware and tools.</summary>
    public ImmutableArray<AttackSoftware> FindSoftwareByName(string nameOrAlias) => FindByName<AttackSoftware>(nameOrAlias);

    /// <summary>Resolves what was written in an ATT&amp;CK slot (INC1017, INC2012): see <see cref="AttackResolution"/>.</summary>
    public AttackResolution Resolve(string written, AttackObjectKind expected) => AttackResolver.Resolve(this, written, expected);

    /// <summary>"Did you mean" by name: every object by <see cref="AttackResolver.NormalizeName"/> of its name, full name and aliases (built on first use).</summary>
    internal Dictionary<string, ImmutableArray<AttackObject>> NormalizedNames => _byNormalizedName.Value;

    private ImmutableArray<T> FindByName<T>(string nameOrAlias)
        where T : AttackObject
    {
        if (!_byName.Value.TryGetValue(nameOrAlias, out var matches))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<T>();
        foreach (var match in matches)
        {
            if (match is T typed)
            {
                builder.Add(typed);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Current groups and software by name and alias, case-insensitively; each list ordered by ID, no repeats. Built straight
    /// into its final dictionary: almost every name has one object, and the few shared ones grow by a copy.
    /// </summary>
    private Dictionary<string, ImmutableArray<AttackObject>> BuildNameIndex()
    {
        var index = new Dictionary<string, ImmutableArray<AttackObject>>(Groups.Length * 4 + Software.Length * 2, StringComparer.OrdinalIgnoreCase);
        void Add(string name, AttackObject value)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(index, name, out var exists);
            if (!exists)
            {
                list = [value];
            }
            else if (!list.Contains(value))
            {
                list = list.Add(value);
            }
        }

        foreach (var group in Groups)
        {
            if (group.IsCurrent)
            {
                Add(group.Name, group);
                foreach (var alias in group.Aliases) Add(alias, group);
            }
        }

        foreach (var item in Software)
        {
            if (item.IsCurrent)
            {
                Add(item.Name, item);
                foreach (var alias in item.Aliases) Add(alias, item);
            }
        }

        // Objects were added in ID order, so each list already is.
        return index;
    }

    private static HashSet<string> LoadEnterpriseGroupNames() => AttackCatalogReader.ReadCurrentGroupNames(AttackData.EnterpriseJson);

    private static AttackCatalog LoadEnterprise()
    {
        var start = Stopwatch.GetTimestamp();
        var catalog = AttackCatalogReader.Read(AttackData.EnterpriseJson);
        Volatile.Write(ref s_enterpriseLoadTicks, Stopwatch.GetTimestamp() - start);
        Interlocked.Increment(ref s_enterpriseLoadCount);
        return catalog;
    }
}
