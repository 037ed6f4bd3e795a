using System.Globalization;
using System.Text;
using IncidentLang.Benchmarks;

namespace IncidentLang.Workloads;

/// <summary>
/// Writes the workloads of <c>bench/compare.sh</c> into a folder, each as IncidentLang reports and as Bicep
/// files holding the same records (Bicep has no incident model: the records become object literals in
/// variables and one output, which <c>bicep lint</c> checks and <c>bicep build</c> compiles to ARM JSON).
/// Deterministic: the same arguments write the same bytes.
/// </summary>
/// <remarks>
/// Usage: <c>dotnet run --project bench/IncidentLang.Workloads -c Release -- OUTDIR [--files N,N…] [--claims N]</c>.
/// Writes <c>OUTDIR/small/report.inc</c> and <c>report.bicep</c> (one small report, ≈ 8 KB);
/// <c>OUTDIR/large/large.inc</c> (<see cref="LargeIncident.Generate"/>, the in-process benchmarks' file) and
/// <c>large.bicep</c>, and <c>large.cs</c> (<see cref="LargeCSharp.Generate"/>: the same records as C# of the same size, for Roslyn); and, per N of <c>--files</c> (default 5000,10000), <c>OUTDIR/files-N/</c> with N small
/// reports, 100 to a folder.
/// </remarks>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            Console.Error.WriteLine("usage: IncidentLang.Workloads OUTDIR [--files N,N...] [--claims N]");
            return 2;
        }

        var outDir = args[0];
        int[] fileCounts = [5000, 10000];
        var claims = 2000;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--files" when i + 1 < args.Length:
                    fileCounts = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
                    break;
                case "--claims" when i + 1 < args.Length:
                    claims = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument: {args[i]}");
                    return 2;
            }
        }

        var small = SmallReport.Create(0);
        Write(Path.Combine(outDir, "small", "report.inc"), small.ToInc());
        Write(Path.Combine(outDir, "small", "report.bicep"), small.ToBicep());

        var large = LargeRecords.Create(claims);
        var largeInc = LargeIncident.Generate(claims);
        if (large.ToInc() != largeInc)
        {
            Console.Error.WriteLine("internal error: the large records do not render to LargeIncident.Generate's text");
            return 1;
        }

        Write(Path.Combine(outDir, "large", "large.inc"), largeInc);
        Write(Path.Combine(outDir, "large", "large.bicep"), large.ToBicep());
        Write(Path.Combine(outDir, "large", "large.cs"), LargeCSharp.Generate(claims, Encoding.UTF8.GetByteCount(largeInc)));

        foreach (var count in fileCounts)
        {
            // The same reports every time: a file already there with the right text is left alone, and only files that are not
            // part of the set are deleted. Deleting the folder and writing it again freed 15,000 inodes just before the builds
            // compare.sh measures, and on ext4 without a journal (the machines here) each file created in the next minutes
            // scans past the recently freed inodes: that made the 10,000-file build slower by 0.5-1 s (docs/performance.md,
            // "Many files").
            var folder = Path.Combine(outDir, FormattableString.Invariant($"files-{count}"));
            var expected = new HashSet<string>(StringComparer.Ordinal);
            for (var n = 0; n < count; n++)
            {
                var path = Path.Combine(folder, FormattableString.Invariant($"{n / 100:D3}"), FormattableString.Invariant($"report-{n:D5}.inc"));
                expected.Add(Path.GetFullPath(path));
                WriteIfChanged(path, SmallReport.Create(n).ToInc());
            }

            foreach (var stale in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !expected.Contains(Path.GetFullPath(f))).ToList())
            {
                File.Delete(stale);
            }
        }

        return 0;
    }

    private static void WriteIfChanged(string path, string text)
    {
        if (!File.Exists(path) || File.ReadAllText(path, Encoding.UTF8) != text)
        {
            Write(path, text);
        }
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}

/// <summary>A property value: a quoted string, a bare word (name, date, enum member) or a list of names.</summary>
public abstract record Value;

public sealed record Text(string Value) : Value;

public sealed record Word(string Value) : Value;

public sealed record Names(IReadOnlyList<string> Values) : Value;

/// <summary>A declaration (<c>kind id { key: value … }</c>); events have no id.</summary>
public sealed record Declaration(string Kind, string? Id, IReadOnlyList<(string Key, Value Value)> Properties);

/// <summary>One incident's records, rendered as an IncidentLang report or as a Bicep file.</summary>
public sealed record Incident(string Id, IReadOnlyList<(string Key, Value Value)> Properties, IReadOnlyList<Declaration> Declarations)
{
    public string ToInc()
    {
        var b = new StringBuilder();
        b.Append("incident ").Append(Id).Append(" {\n");
        foreach (var (key, value) in Properties)
        {
            b.Append("  ").Append(key).Append(": ").Append(Inc(value)).Append('\n');
        }

        b.Append('\n');
        foreach (var declaration in Declarations)
        {
            b.Append("  ").Append(declaration.Kind);
            if (declaration.Id is not null)
            {
                b.Append(' ').Append(declaration.Id);
            }

            b.Append(" {\n");
            foreach (var (key, value) in declaration.Properties)
            {
                b.Append("    ").Append(key).Append(": ").Append(Inc(value)).Append('\n');
            }

            b.Append("  }\n\n");
        }

        b.Append("}\n");
        return b.ToString();
    }

    /// <summary>
    /// The same records as Bicep: one array variable per declaration kind (in order of first appearance),
    /// and one output object with the incident's properties and those arrays.
    /// </summary>
    public string ToBicep()
    {
        var b = new StringBuilder();
        b.Append("// The records of incident ").Append(Id).Append(", generated by bench/IncidentLang.Workloads.\n\n");
        var kinds = Declarations.Select(d => d.Kind).Distinct().ToList();
        foreach (var kind in kinds)
        {
            b.Append("var ").Append(Plural(kind)).Append(" = [\n");
            foreach (var declaration in Declarations.Where(d => d.Kind == kind))
            {
                b.Append("  {\n");
                if (declaration.Id is not null)
                {
                    b.Append("    id: ").Append(BicepString(declaration.Id)).Append('\n');
                }

                foreach (var (key, value) in declaration.Properties)
                {
                    b.Append("    ").Append(BicepKey(key)).Append(": ").Append(Bicep(value)).Append('\n');
                }

                b.Append("  }\n");
            }

            b.Append("]\n\n");
        }

        b.Append("output incident object = {\n");
        b.Append("  id: ").Append(BicepString(Id)).Append('\n');
        foreach (var (key, value) in Properties)
        {
            b.Append("  ").Append(BicepKey(key)).Append(": ").Append(Bicep(value)).Append('\n');
        }

        foreach (var kind in kinds)
        {
            b.Append("  ").Append(Plural(kind)).Append(": ").Append(Plural(kind)).Append('\n');
        }

        b.Append("}\n");
        return b.ToString();
    }

    private static string Plural(string kind) => kind + "s";

    private static string Inc(Value value) => value switch
    {
        Text t => "\"" + t.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        Word w => w.Value,
        Names n => "[" + string.Join(", ", n.Values) + "]",
        _ => throw new InvalidOperationException(),
    };

    private static string Bicep(Value value) => value switch
    {
        Text t => BicepString(t.Value),
        Word w => BicepString(w.Value),
        Names n => "[" + string.Join(", ", n.Values.Select(BicepString)) + "]",
        _ => throw new InvalidOperationException(),
    };

    private static string BicepKey(string key) =>
        key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(key[0]) ? key : BicepString(key);

    private static string BicepString(string s) =>
        "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal).Replace("${", "\\${", StringComparison.Ordinal) + "'";
}

/// <summary>The records of <see cref="LargeIncident.Generate"/>, declaration for declaration.</summary>
public static class LargeRecords
{
    public static Incident Create(int claims)
    {
        var declarations = new List<Declaration>();
        for (var s = 0; s < 20; s++)
        {
            declarations.Add(new("source", I($"src-{s}"),
            [
                ("name", new Text(I($"Source number {s}"))),
                ("kind", new Word("press")),
                ("reliability", new Word("B")),
                ("published", new Word(I($"2024-11-{(s % 28) + 1:D2}"))),
                ("note", new Text(I($"A note about source {s}, long enough to look like a real one written by an analyst."))),
            ]));
            declarations.Add(new("actor", I($"actor-{s}"),
            [
                ("name", new Text(I($"Actor number {s}"))),
                ("kind", new Word("criminal")),
                ("country", new Word("RU")),
            ]));
            declarations.Add(new("target", I($"target-{s}"),
            [
                ("name", new Text(I($"Target number {s}"))),
                ("kind", new Word("organization")),
                ("sector", new Word("telecommunications")),
                ("country", new Word("US")),
            ]));
        }

        for (var c = 0; c < claims; c++)
        {
            declarations.Add(new("claim", I($"claim-{c}"),
            [
                ("text", new Text(I($"Claim {c}: the actor accessed the target's network and copied records over several weeks, according to the cited sources and to the victim's own statement to the press."))),
                ("actors", new Names([I($"actor-{c % 20}")])),
                ("targets", new Names([I($"target-{(c * 7) % 20}"), I($"target-{(c * 3 + (c % 5 == 0 ? 1 : 0)) % 20}")])),
                ("action", new Word("access")),
                ("confidence", new Word("moderate")),
                ("likelihood", new Word("likely")),
                ("sources", new Names([I($"src-{c % 20}"), I($"src-{(c + 1) % 20}")])),
                ("first-seen", new Word("2024-10")),
                ("last-seen", new Word("2024-11-01")),
            ]));
        }

        return new Incident("large",
        [
            ("title", new Text("A large generated incident")),
            ("reported", new Word("2025-01-10")),
            ("summary", new Text("Generated for benchmarks.")),
        ], declarations);
    }

    private static string I(FormattableString s) => FormattableString.Invariant(s);
}

/// <summary>
/// A small report (≈ 8 KB: a few sources, actors and targets, 14 to 18 claims, a few events), varied by its
/// number through a fixed pseudo-random sequence. Clean of diagnostics.
/// </summary>
public static class SmallReport
{
    private static readonly string[] Sectors = ["telecommunications", "energy", "financial-services", "healthcare", "government", "manufacturing", "education", "transportation"];
    private static readonly string[] Countries = ["US", "GB", "DE", "FR", "JP", "AU", "CA", "NL"];
    private static readonly string[] ActorCountries = ["RU", "CN", "KP", "IR"];
    private static readonly string[] Actions = ["access", "compromise", "exfiltrate"];
    private static readonly string[] Confidences = ["low", "moderate", "high"];
    private static readonly string[] Likelihoods = ["likely", "very-likely", "roughly-even-chance"];
    private static readonly string[] SourceKinds = ["press", "government", "vendor"];
    private static readonly string[] Reliabilities = ["A", "B", "C"];
    private static readonly string[] Verbs = ["gained access to", "moved laterally inside", "copied data from", "deployed tooling on", "harvested credentials in"];
    private static readonly string[] Objects = ["the corporate network", "a file-transfer server", "the e-mail system", "a customer database", "several build servers"];
    private static readonly string[] Periods = ["over several weeks", "within two days", "during a holiday weekend", "before the intrusion was detected", "in the months that followed"];

    public static Incident Create(int number)
    {
        var random = new Lcg((uint)number * 2654435761u + 12345u);
        var id = I($"report-{number:D5}");
        var year = 2015 + (number % 10);
        var month = 1 + random.Next(12);
        var sourceCount = 3 + random.Next(3);
        var actorCount = 1 + random.Next(3);
        var targetCount = 2 + random.Next(3);
        var claimCount = 14 + random.Next(5);
        var eventCount = 2 + random.Next(3);

        var declarations = new List<Declaration>();
        for (var s = 0; s < sourceCount; s++)
        {
            declarations.Add(new("source", I($"source-{s + 1}"),
            [
                ("name", new Text(I($"Source {s + 1} on incident {number}"))),
                ("kind", new Word(SourceKinds[random.Next(SourceKinds.Length)])),
                ("reliability", new Word(Reliabilities[random.Next(Reliabilities.Length)])),
                ("published", new Word(I($"{year}-{month:D2}-{1 + random.Next(28):D2}"))),
                ("note", new Text(I($"Report {s + 1} of the incident, with the details the claims below rely on, as an analyst would summarise it for the record."))),
            ]));
        }

        for (var a = 0; a < actorCount; a++)
        {
            declarations.Add(new("actor", I($"actor-{a + 1}"),
            [
                ("name", new Text(I($"Intrusion set {number}-{a + 1}"))),
                ("kind", new Word("criminal")),
                ("country", new Word(ActorCountries[random.Next(ActorCountries.Length)])),
                ("motive", new Word("financial")),
            ]));
        }

        for (var t = 0; t < targetCount; t++)
        {
            declarations.Add(new("target", I($"target-{t + 1}"),
            [
                ("name", new Text(I($"Organisation {number}-{t + 1}"))),
                ("kind", new Word("organization")),
                ("sector", new Word(Sectors[random.Next(Sectors.Length)])),
                ("country", new Word(Countries[random.Next(Countries.Length)])),
            ]));
        }

        for (var c = 0; c < claimCount; c++)
        {
            // Every actor, target and source is referenced, and every claim rests on two sources.
            string[] sources = [I($"source-{1 + (c % sourceCount)}"), I($"source-{1 + ((c + 1) % sourceCount)}")];
            declarations.Add(new("claim", I($"claim-{c + 1}"),
            [
                ("text", new Text(I($"Claim {c + 1}: the intrusion set {Verbs[random.Next(Verbs.Length)]} {Objects[random.Next(Objects.Length)]} of the organisation {Periods[random.Next(Periods.Length)]}, according to the cited reporting."))),
                ("actors", new Names([I($"actor-{1 + (c % actorCount)}")])),
                ("targets", new Names([I($"target-{1 + (c % targetCount)}")])),
                ("action", new Word(Actions[random.Next(Actions.Length)])),
                ("confidence", new Word(Confidences[random.Next(Confidences.Length)])),
                ("likelihood", new Word(Likelihoods[random.Next(Likelihoods.Length)])),
                ("sources", new Names(sources)),
                ("first-seen", new Word(I($"{year}-{month:D2}"))),
            ]));
        }

        for (var e = 0; e < eventCount; e++)
        {
            declarations.Add(new("event", null,
            [
                ("date", new Word(I($"{year}-{month:D2}-{1 + (e * 9):D2}"))),
                ("text", new Text(I($"Milestone {e + 1} of the response to incident {number}."))),
                ("sources", new Names([I($"source-{1 + random.Next(sourceCount)}")])),
            ]));
        }

        return new Incident(id,
        [
            ("title", new Text(I($"Generated incident {number}: an intrusion into {Sectors[number % Sectors.Length]} organisations"))),
            ("reported", new Word(I($"{year}-{month:D2}-28"))),
            ("status", new Word("confirmed")),
            ("tlp", new Word("clear")),
            ("summary", new Text(I($"A generated incident report, number {number}, for measuring the compiler on many files. An intrusion set accessed several organisations, copied data and was detected weeks later; the claims below say what happened, with what confidence, and on which sources."))),
        ], declarations);
    }

    private static string I(FormattableString s) => FormattableString.Invariant(s);

    /// <summary>A fixed linear congruential generator (Numerical Recipes constants): the same sequence on every runtime.</summary>
    private sealed class Lcg(uint seed)
    {
        private uint _state = seed;

        public int Next(int bound)
        {
            _state = unchecked((_state * 1664525u) + 1013904223u);
            return (int)((_state >> 8) % (uint)bound);
        }
    }
}
