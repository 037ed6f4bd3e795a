using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace IncidentLang.Attack;

/// <summary>
/// Reads the compact ATT&amp;CK JSON (<c>data/attack/README.md</c>) with <see cref="Utf8JsonReader"/>:
/// no reflection, nothing but the objects the catalog keeps. Unknown properties are skipped; a
/// missing ID or name, an unknown tactic short name or software type, or a duplicate ID is an
/// <see cref="InvalidDataException"/> (the data is embedded, so that is a build mistake).
/// </summary>
internal static class AttackCatalogReader
{
    private sealed class RawObject
    {
        public string? Id;
        public string? Name;
        public string? ShortName;
        public string? Type;
        public List<string>? Tactics;
        public List<string>? Aliases;
        public bool Revoked;
        public string? RevokedBy;
        public bool Deprecated;
    }

    public static AttackCatalog Read(ReadOnlySpan<byte> utf8Json)
    {
        // The data has no comments (reduce.py writes plain JSON); not looking for them keeps the reader on its fast path.
        var reader = new Utf8JsonReader(utf8Json);
        string? domain = null, version = null, source = null;
        List<RawObject> tactics = [], techniques = [], groups = [], software = [];

        Read(ref reader);
        Expect(ref reader, JsonTokenType.StartObject);
        while (Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("domain"u8)) domain = ReadString(ref reader);
            else if (reader.ValueTextEquals("version"u8)) version = ReadString(ref reader);
            else if (reader.ValueTextEquals("source"u8)) source = ReadString(ref reader);
            else if (reader.ValueTextEquals("tactics"u8)) ReadObjects(ref reader, tactics);
            else if (reader.ValueTextEquals("techniques"u8)) ReadObjects(ref reader, techniques);
            else if (reader.ValueTextEquals("groups"u8)) ReadObjects(ref reader, groups);
            else if (reader.ValueTextEquals("software"u8)) ReadObjects(ref reader, software);
            else
            {
                Read(ref reader);
                reader.Skip();
            }
        }

        Expect(ref reader, JsonTokenType.EndObject);
        return Build(
            domain ?? throw Invalid("no \"domain\""),
            version ?? throw Invalid("no \"version\""),
            source ?? string.Empty,
            tactics, techniques, groups, software);
    }

    /// <summary>
    /// The names and aliases of the current groups alone (case-insensitively), read without building the rest of the catalog:
    /// the other sections are skipped unread. It is what INC2014 needs to know of most actors (docs/performance.md, "Decisions").
    /// </summary>
    public static HashSet<string> ReadCurrentGroupNames(ReadOnlySpan<byte> utf8Json)
    {
        List<RawObject> groups = [];
        // The catalog compiled in (data/attack) is written one top-level key per line at one space of indentation: its group
        // section is found by that line and read alone, to the end of its array. Tokenizing the 100 KB before it (the techniques)
        // and the 60 KB after it was most of a small check's rules, 11 % of its samples. AttackLoadTests compares the answer with
        // the whole catalog's for every name; JSON written otherwise is read in full below.
        var groupsLine = "\n \"groups\": ["u8;
        var at = utf8Json.IndexOf(groupsLine);
        if (at >= 0)
        {
            var section = new Utf8JsonReader(utf8Json[(at + groupsLine.Length - 1)..]);
            Read(ref section);
            ReadArrayOfObjects(ref section, groups);
            return CurrentNamesOf(groups);
        }

        var reader = new Utf8JsonReader(utf8Json);
        Read(ref reader);
        Expect(ref reader, JsonTokenType.StartObject);
        while (Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("groups"u8))
            {
                ReadObjects(ref reader, groups);
            }
            else
            {
                Read(ref reader);
                reader.Skip();
            }
        }

        Expect(ref reader, JsonTokenType.EndObject);
        return CurrentNamesOf(groups);
    }

    private static HashSet<string> CurrentNamesOf(List<RawObject> groups)
    {
        var names = new HashSet<string>(groups.Count * 4, StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            if (!group.Revoked && !group.Deprecated)
            {
                names.Add(Required(group.Name, "group name"));
                foreach (var alias in group.Aliases ?? [])
                {
                    names.Add(alias);
                }
            }
        }

        return names;
    }

    private static AttackCatalog Build(string domain, string version, string source, List<RawObject> rawTactics, List<RawObject> rawTechniques, List<RawObject> rawGroups, List<RawObject> rawSoftware)
    {
        var tactics = ImmutableArray.CreateBuilder<AttackTactic>(rawTactics.Count);
        var tacticsByShortName = new Dictionary<string, AttackTactic>(StringComparer.Ordinal);
        foreach (var raw in rawTactics)
        {
            var tactic = new AttackTactic(Required(raw.Id, "tactic id"), Required(raw.Name, "tactic name"), Required(raw.ShortName, "tactic shortname"), tactics.Count);
            if (!tacticsByShortName.TryAdd(tactic.ShortName, tactic))
            {
                throw Invalid($"duplicate tactic '{tactic.ShortName}'");
            }

            tactics.Add(tactic);
        }

        var byId = new Dictionary<string, AttackObject>(rawTechniques.Count + rawGroups.Count + rawSoftware.Count, StringComparer.Ordinal);
        void Add(AttackObject value)
        {
            if (!byId.TryAdd(value.Id, value))
            {
                throw Invalid($"duplicate ID '{value.Id}'");
            }
        }

        // Ordinal order puts T1078 before T1078.004, so a sub-technique's parent exists when it is built.
        rawTechniques.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var techniques = ImmutableArray.CreateBuilder<AttackTechnique>(rawTechniques.Count);
        foreach (var raw in rawTechniques)
        {
            var id = Required(raw.Id, "technique id");
            var names = raw.Tactics ?? [];
            var techniqueTactics = new AttackTactic[names.Count];
            for (var i = 0; i < techniqueTactics.Length; i++)
            {
                techniqueTactics[i] = tacticsByShortName.TryGetValue(names[i], out var tactic)
                    ? tactic
                    : throw Invalid($"technique '{id}' names the unknown tactic '{names[i]}'");
            }

            Array.Sort(techniqueTactics, static (a, b) => a.Order.CompareTo(b.Order));
            var dot = id.IndexOf('.', StringComparison.Ordinal);
            var parent = dot < 0 ? null : byId.GetValueOrDefault(id[..dot]) as AttackTechnique;
            var technique = new AttackTechnique(id, Required(raw.Name, "technique name"), ImmutableCollectionsMarshal.AsImmutableArray(techniqueTactics), parent, raw.Revoked, raw.RevokedBy, raw.Deprecated);
            Add(technique);
            techniques.Add(technique);
        }

        rawGroups.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var groups = ImmutableArray.CreateBuilder<AttackGroup>(rawGroups.Count);
        foreach (var raw in rawGroups)
        {
            var group = new AttackGroup(Required(raw.Id, "group id"), Required(raw.Name, "group name"), [.. raw.Aliases ?? []], raw.Revoked, raw.RevokedBy, raw.Deprecated);
            Add(group);
            groups.Add(group);
        }

        rawSoftware.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var software = ImmutableArray.CreateBuilder<AttackSoftware>(rawSoftware.Count);
        foreach (var raw in rawSoftware)
        {
            var id = Required(raw.Id, "software id");
            var isMalware = raw.Type switch
            {
                "malware" => true,
                "tool" => false,
                _ => throw Invalid($"software '{id}' has type '{raw.Type}', not malware or tool"),
            };
            var item = new AttackSoftware(id, Required(raw.Name, "software name"), isMalware, [.. raw.Aliases ?? []], raw.Revoked, raw.RevokedBy, raw.Deprecated);
            Add(item);
            software.Add(item);
        }

        return new AttackCatalog(domain, version, source, tactics.MoveToImmutable(), techniques.MoveToImmutable(), groups.MoveToImmutable(), software.MoveToImmutable(), byId);
    }

    private static void ReadObjects(ref Utf8JsonReader reader, List<RawObject> into)
    {
        Read(ref reader);
        ReadArrayOfObjects(ref reader, into);
    }

    /// <summary>Reads an array of objects, from its start (the reader's current token) to its end.</summary>
    private static void ReadArrayOfObjects(ref Utf8JsonReader reader, List<RawObject> into)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        while (Read(ref reader) && reader.TokenType == JsonTokenType.StartObject)
        {
            var raw = new RawObject();
            while (Read(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8)) raw.Id = ReadString(ref reader);
                else if (reader.ValueTextEquals("name"u8)) raw.Name = ReadString(ref reader);
                else if (reader.ValueTextEquals("shortname"u8)) raw.ShortName = ReadString(ref reader);
                else if (reader.ValueTextEquals("type"u8)) raw.Type = ReadString(ref reader);
                else if (reader.ValueTextEquals("tactics"u8)) raw.Tactics = ReadStrings(ref reader);
                else if (reader.ValueTextEquals("aliases"u8)) raw.Aliases = ReadStrings(ref reader);
                else if (reader.ValueTextEquals("revoked"u8)) raw.Revoked = ReadBoolean(ref reader);
                else if (reader.ValueTextEquals("revokedBy"u8)) raw.RevokedBy = ReadString(ref reader);
                else if (reader.ValueTextEquals("deprecated"u8)) raw.Deprecated = ReadBoolean(ref reader);
                else
                {
                    Read(ref reader);
                    reader.Skip();
                }
            }

            Expect(ref reader, JsonTokenType.EndObject);
            into.Add(raw);
        }

        Expect(ref reader, JsonTokenType.EndArray);
    }

    /// <summary>A list of strings; null when it is empty (most objects have no aliases).</summary>
    private static List<string>? ReadStrings(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        Expect(ref reader, JsonTokenType.StartArray);
        List<string>? into = null;
        while (Read(ref reader) && reader.TokenType == JsonTokenType.String)
        {
            (into ??= []).Add(reader.GetString()!);
        }

        Expect(ref reader, JsonTokenType.EndArray);
        return into;
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static bool ReadBoolean(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Invalid($"expected true or false at byte {reader.TokenStartIndex}"),
        };
    }

    private static bool Read(ref Utf8JsonReader reader) =>
        reader.Read() ? true : throw Invalid("unexpected end of the JSON");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw Invalid($"expected {type} at byte {reader.TokenStartIndex}, found {reader.TokenType}");
        }
    }

    private static string Required(string? value, string what) =>
        string.IsNullOrEmpty(value) ? throw Invalid($"an object has no {what}") : value;

    private static InvalidDataException Invalid(string message) => new($"ATT&CK data: {message}.");
}
