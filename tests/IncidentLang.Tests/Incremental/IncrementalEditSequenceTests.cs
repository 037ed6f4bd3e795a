using System.Text;
using System.Text.RegularExpressions;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using Xunit;

namespace IncidentLang.Tests.Incremental;

/// <summary>
/// The proof of the incremental compilation (docs/architecture.md, "Incremental compilation"): after every edit of a long seeded
/// random sequence over several files with catalogs, <see cref="Compilation.ReplaceSyntaxTree"/> gives exactly the diagnostics and
/// references of a fresh <see cref="Compilation.Create"/> of the same trees, and reuses the symbols of every incident that cannot have changed.
/// </summary>
public sealed partial class IncrementalEditSequenceTests
{
    internal const string ThreatCatalog = """
        // Catalog of threats shared by the incidents.
        actor sandworm {
          name: "Sandworm Team"
          attack-id: G0034
          kind: state-affiliated
          country: RU
        }

        actor fin7 {
          name: "FIN7"
          kind: criminal
        }

        malware notpetya {
          name: "NotPetya"
          kind: wiper
        }

        malware carbanak {
          name: "Carbanak"
          kind: backdoor
        }

        vulnerability CVE-2017-0144 {
          name: "EternalBlue"
          product: "Microsoft SMBv1"
          cvss: 8.1
          exploited: true
          sources: [cisa, threat-blog]
        }

        source threat-blog {
          name: "A threat research blog"
          kind: vendor
          reliability: C
          url: "http://blog.example.com"
        }
        """;

    internal const string NotPetya = """
        incident notpetya-2017 {
          title: "NotPetya wipes networks worldwide"
          reported: 2017-06-27
          status: confirmed
          summary: "A wiper spread through a compromised update and EternalBlue."

          source vendor-report {
            name: "Vendor report"
            kind: vendor
            reliability: B
            url: "https://vendor.example.com/notpetya"
          }

          target shipping {
            name: "Shipping companies"
            kind: sector
          }

          claim wiper-spread {
            text: "NotPetya spread using EternalBlue and destroyed data."
            actors: [sandworm]
            software: [notpetya]
            vulnerabilities: [CVE-2017-0144]
            targets: [shipping]
            confidence: high
            sources: [vendor-report, cisa]
          }

          claim attribution {
            text: "Sandworm is almost certainly behind NotPetya."
            actors: [sandworm]
            kind: attribution
            confidence: moderate
            sources: [fbi, threat-blog]
            superseded-by: wiper-spread
          }
        }

        incident carbanak-2015 {
          title: "Carbanak steals from banks"
          reported: 2015-02-14
          status: suspected

          claim bank-theft {
            text: "FIN7 used Carbanak against banks."
            actors: [fin7]
            software: [carbanak]
            confidence: low
            sources: [threat-blog]
          }
        }
        """;

    private static readonly string[] Names =
        ["sandworm", "fin7", "notpetya", "carbanak", "cisa", "fbi", "doj", "threat-blog", "shipping", "wiper-spread", "vendor-report", "apt99", "volt-typhoon", "Notpetya-2017", "colonial-pipeline"];

    private static readonly string[] Snippets =
    [
        "\nactor apt99 {\n  name: \"APT 99\"\n  kind: state-affiliated\n}\n",
        "\nmalware wannacry {\n  name: \"WannaCry\"\n  kind: ransomware\n}\n",
        "\nsource cisa {\n  name: \"A second CISA\"\n  kind: government\n}\n",
        "\nincident extra {\n  title: \"Extra\"\n  reported: 2020-01-01\n  claim c {\n    text: \"x\"\n    actors: [sandworm, fin7]\n    sources: [cisa]\n    confidence: high\n  }\n}\n",
        "\n  claim added {\n    text: \"An added claim.\"\n    actors: [fin7]\n    software: [notpetya]\n    confidence: high\n    sources: [doj]\n  }\n",
        "\n  source local {\n    name: \"Local\"\n    kind: vendor\n    url: \"http://x.example\"\n  }\n",
        "\n  actor sandworm {\n    name: \"Shadow\"\n  }\n",
        "\nvulnerability CVE-2021-44228 {\n  name: \"Log4Shell\"\n  sources: [threat-blog, nowhere]\n}\n",
    ];

    private static readonly string[] Fragments = ["{", "}", ":", "\"", "[", "]", ",", "\n", " ", "x", "-", "claim", "high", "sandworm", "2024-01-01", "http://", "}\n}"];

    [Theory]
    [InlineData(11, 700, 1)]
    [InlineData(2026, 700, 1)]
    [InlineData(7, 300, 3)] // the incremental compilations bind and analyse units on 3 threads; the fresh ones on one
    public void Every_edit_gives_the_diagnostics_of_a_fresh_compilation(int seed, int edits, int jobs)
    {
        var random = new Random(seed);
        var original = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["catalog/agencies.inc"] = File.ReadAllText(Path.Combine(TestPaths.Examples, "catalog", "agencies.inc")),
            ["catalog/threats.inc"] = ThreatCatalog,
            ["colonial-pipeline.inc"] = File.ReadAllText(Path.Combine(TestPaths.Examples, "colonial-pipeline.inc")),
            ["volt-typhoon.inc"] = File.ReadAllText(Path.Combine(TestPaths.Examples, "volt-typhoon.inc")),
            ["wipers.inc"] = NotPetya,
        };
        var compilation = Compilation.Create(original.Select(f => SyntaxTree.Parse(f.Value, f.Key)), TestCompiler.Options with { MaxDegreeOfParallelism = jobs });
        Assert.Equal(Describe(Compilation.Create(compilation.SyntaxTrees, TestCompiler.Options)), Describe(compilation));
        var reusedIncidents = 0;
        var reboundIncidents = 0;

        for (var step = 0; step < edits; step++)
        {
            var trees = compilation.SyntaxTrees;
            var oldTree = trees[random.Next(trees.Length)];
            var (label, text) = Edit(random, oldTree.Text.Text, original[oldTree.FilePath]);
            var newTree = SyntaxTree.Parse(text, oldTree.FilePath);
            var previous = compilation;
            compilation = previous.ReplaceSyntaxTree(oldTree, newTree);
            var fresh = Compilation.Create(compilation.SyntaxTrees, TestCompiler.Options);

            var context = $"seed {seed}, step {step}: {label} in {oldTree.FilePath}";
            var expected = Describe(fresh);
            var actual = Describe(compilation);
            if (!expected.SequenceEqual(actual))
            {
                Assert.Fail($"{context}\nexpected:\n{string.Join("\n", expected)}\nactual:\n{string.Join("\n", actual)}\ntext:\n{text}");
            }

            Assert.True(ReferencesOf(fresh).SequenceEqual(ReferencesOf(compilation)), $"{context}: references differ");

            foreach (var incident in ExpectedReused(previous, fresh, oldTree, newTree))
            {
                var before = previous.Bound.Incidents.Single(i => i.Tree == incident.Tree && i.Syntax == incident.Syntax);
                var after = compilation.Bound.Incidents.Single(i => i.Tree == incident.Tree && i.Syntax == incident.Syntax);
                Assert.True(ReferenceEquals(before, after), $"{context}: incident '{after.Name}' in {after.Tree.FilePath} was rebound");
                Assert.True(before.Members.SequenceEqual(after.Members), $"{context}: members of '{after.Name}' were rebound");
                reusedIncidents++;
            }

            foreach (var incident in compilation.Bound.Incidents.Where(i => i.Tree == newTree))
            {
                Assert.DoesNotContain(incident, previous.Bound.Incidents);
                reboundIncidents++;
            }
        }

        // The sequence exercised both paths at length: a run where reuse silently stopped fails above, one that never edited, here.
        Assert.True(reusedIncidents > edits / 2, $"only {reusedIncidents} incidents reused");
        Assert.True(reboundIncidents > edits / 4, $"only {reboundIncidents} incidents rebound");
    }

    [Fact]
    public void Editing_one_incident_rebinds_only_it_and_keeps_every_other_symbol()
    {
        var catalog = SyntaxTree.Parse(ThreatCatalog, "catalog/threats.inc");
        var agencies = SyntaxTree.Parse(File.ReadAllText(Path.Combine(TestPaths.Examples, "catalog", "agencies.inc")), "catalog/agencies.inc");
        var wipers = SyntaxTree.Parse(NotPetya, "wipers.inc");
        var volt = SyntaxTree.Parse(File.ReadAllText(Path.Combine(TestPaths.Examples, "volt-typhoon.inc")), "volt-typhoon.inc");
        var compilation = Compilation.Create([catalog, agencies, wipers, volt], TestCompiler.Options);
        _ = compilation.GetDiagnostics();

        var edited = SyntaxTree.Parse(volt.Text.Text.Replace("confidence: high", "confidence: hihg", StringComparison.Ordinal), volt.FilePath);
        var next = compilation.ReplaceSyntaxTree(volt, edited);

        Assert.Equal(Describe(Compilation.Create(next.SyntaxTrees, TestCompiler.Options)), Describe(next));
        Assert.Contains(next.GetDiagnostics(), d => d.Id == "INC1007" && d.Location.FilePath == "volt-typhoon.inc");
        Assert.Same(compilation.Bound.Incidents.Single(i => i.Name == "notpetya-2017"), next.Bound.Incidents.Single(i => i.Name == "notpetya-2017"));
        Assert.Same(compilation.Bound.Catalog.Single(s => s.Name == "sandworm"), next.Bound.Catalog.Single(s => s.Name == "sandworm"));
        Assert.NotSame(compilation.Bound.Incidents.Single(i => i.Name == "volt-typhoon"), next.Bound.Incidents.Single(i => i.Name == "volt-typhoon"));

        // Editing a catalog declaration rebinds the incidents that use it, and no other.
        var catalogEdit = SyntaxTree.Parse(ThreatCatalog.Replace("kind: backdoor", "kind: bogus", StringComparison.Ordinal), catalog.FilePath);
        var third = next.ReplaceSyntaxTree(catalog, catalogEdit);
        Assert.Equal(Describe(Compilation.Create(third.SyntaxTrees, TestCompiler.Options)), Describe(third));
        Assert.NotSame(next.Bound.Incidents.Single(i => i.Name == "carbanak-2015"), third.Bound.Incidents.Single(i => i.Name == "carbanak-2015"));
        Assert.Same(next.Bound.Incidents.Single(i => i.Name == "volt-typhoon"), third.Bound.Incidents.Single(i => i.Name == "volt-typhoon"));
        Assert.Same(next.Bound.Catalog.Single(s => s.Name == "fbi"), third.Bound.Catalog.Single(s => s.Name == "fbi"));
    }

    [Fact]
    public void Trees_can_be_added_and_removed_incrementally()
    {
        var catalog = SyntaxTree.Parse(ThreatCatalog, "catalog/threats.inc");
        var wipers = SyntaxTree.Parse(NotPetya, "wipers.inc");
        var agencies = SyntaxTree.Parse(File.ReadAllText(Path.Combine(TestPaths.Examples, "catalog", "agencies.inc")), "catalog/agencies.inc");
        var compilation = Compilation.Create([catalog, wipers], TestCompiler.Options);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "INC1005");

        var added = compilation.AddSyntaxTrees(agencies);
        Assert.Equal(["catalog/agencies.inc", "catalog/threats.inc", "wipers.inc"], added.SyntaxTrees.Select(t => t.FilePath));
        Assert.Equal(Describe(Compilation.Create(added.SyntaxTrees, TestCompiler.Options)), Describe(added));
        Assert.DoesNotContain(added.GetDiagnostics(), d => d.Id == "INC1005");

        var removed = added.RemoveSyntaxTrees(agencies);
        Assert.Equal(Describe(compilation), Describe(removed));
        Assert.Throws<ArgumentException>(() => removed.RemoveSyntaxTrees(agencies));
        Assert.Throws<ArgumentException>(() => removed.ReplaceSyntaxTree(agencies, wipers));
    }

    /// <summary>
    /// The incidents a correct incremental compilation must not rebind: when the top-level names are unchanged, those in other files
    /// that reference no top-level declaration of the edited file (directly or through a catalog declaration) and have no unresolved
    /// reference (whose suggestion could name one).
    /// </summary>
    private static IEnumerable<IncidentSymbol> ExpectedReused(Compilation previous, Compilation fresh, SyntaxTree oldTree, SyntaxTree newTree)
    {
        if (!TopLevelNames(previous).SequenceEqual(TopLevelNames(fresh)))
        {
            return [];
        }

        var touched = fresh.Bound.Catalog.Concat(fresh.Bound.Incidents).Where(s => s.Tree == newTree).ToHashSet();
        var referencedFrom = fresh.Bound.References
            .SelectMany(r => r.Value.Select(location => (Target: r.Key, Location: location)))
            .ToList();
        bool References(Symbol user, Symbol target) => referencedFrom.Any(r => r.Target == target
            && r.Location.FilePath == user.Tree.FilePath && user.Syntax.FullSpan.Contains(r.Location.Span.Start));
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var symbol in fresh.Bound.Catalog.Where(s => !touched.Contains(s)))
            {
                if (touched.Any(t => References(symbol, t)))
                {
                    touched.Add(symbol);
                    grew = true;
                }
            }
        }

        var unresolved = fresh.GetDiagnostics().Where(d => d.Id == DiagnosticDescriptors.UndefinedReference.Id).ToList();
        return fresh.Bound.Incidents.Where(i => i.Tree != newTree
            && !touched.Any(t => References(i, t))
            && !unresolved.Any(d => d.Location.FilePath == i.Tree.FilePath && i.Syntax.FullSpan.Contains(d.Location.Span.Start))).ToList();
    }

    private static List<string> TopLevelNames(Compilation compilation) =>
        [.. compilation.SyntaxTrees.SelectMany(t => t.Root.Declarations.Select(d => $"{t.FilePath} {d.DeclarationKind} {d.Name?.Text}"))];

    private static List<string> Describe(Compilation compilation) =>
        [.. compilation.GetDiagnostics().Select(d => $"{d.Location.FilePath}({d.Location.Span.Start}..{d.Location.Span.End}) {d.Severity} {d.Id}: {d.Message}")];

    private static List<string> ReferencesOf(Compilation compilation) =>
        [.. compilation.Bound.AllSymbols.Select(s => $"{s} at {s.Tree.FilePath}:{s.Syntax.Span.Start} <- "
            + string.Join(", ", compilation.Bound.GetReferences(s).Select(l => $"{l.FilePath}:{l.Span.Start}")))];

    internal static (string Label, string Text) Edit(Random random, string text, string original)
    {
        var position = random.Next(text.Length + 1);
        switch (random.Next(12))
        {
            case 0:
                return ("insert a fragment", text.Insert(position, Fragments[random.Next(Fragments.Length)]));
            case 1:
                {
                    var length = Math.Min(random.Next(1, 6), text.Length - position);
                    return ("delete characters", text.Remove(position, Math.Max(0, length)));
                }

            case 2:
                {
                    var lines = text.Split('\n').ToList();
                    if (lines.Count > 1)
                    {
                        lines.RemoveAt(random.Next(lines.Count));
                    }

                    return ("delete a line", string.Join('\n', lines));
                }

            case 3:
                {
                    var lines = text.Split('\n').ToList();
                    var line = random.Next(lines.Count);
                    lines.Insert(random.Next(lines.Count + 1), lines[line]);
                    return ("copy a line", string.Join('\n', lines));
                }

            case 4:
            case 5:
                {
                    var declarations = DeclarationHeader().Matches(text);
                    if (declarations.Count == 0)
                    {
                        return ("restore the file", original);
                    }

                    var name = declarations[random.Next(declarations.Count)].Groups["name"];
                    return ("rename a declaration", text.Remove(name.Index, name.Length).Insert(name.Index, Names[random.Next(Names.Length)]));
                }

            case 6:
                {
                    var declarations = DeclarationHeader().Matches(text);
                    if (declarations.Count == 0)
                    {
                        return ("restore the file", original);
                    }

                    var header = declarations[random.Next(declarations.Count)];
                    var end = MatchingBrace(text, header.Index + header.Length - 1);
                    return ("delete a declaration", text.Remove(header.Index, end - header.Index));
                }

            case 7:
                {
                    var at = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
                    return ("add a declaration", text.Insert(at, Snippets[random.Next(Snippets.Length)]));
                }

            case 8:
                {
                    var values = PropertyValue().Matches(text);
                    if (values.Count == 0)
                    {
                        return ("restore the file", original);
                    }

                    var value = values[random.Next(values.Count)].Groups["value"];
                    string[] replacements = ["B", "F", "bogus", "government", "high", "[cisa, fbi]", "[]", "[sandworm]", "2099-01-01", "\"http://a.example\"", "true", "wiper-spread"];
                    return ("change a value", text.Remove(value.Index, value.Length).Insert(value.Index, replacements[random.Next(replacements.Length)]));
                }

            case 9:
                {
                    var brace = text.IndexOf('}', position);
                    return brace < 0 ? ("break the syntax", text + "{") : ("break the syntax", text.Remove(brace, 1));
                }

            case 10:
                return ("restore the file", original);

            default:
                {
                    var references = ReferenceList().Matches(text);
                    if (references.Count == 0)
                    {
                        return ("insert a fragment", text.Insert(position, " "));
                    }

                    var list = references[random.Next(references.Count)].Groups["items"];
                    var items = new StringBuilder(list.Value);
                    items.Append(items.Length > 0 ? ", " : string.Empty).Append(Names[random.Next(Names.Length)]);
                    return ("add a reference", text.Remove(list.Index, list.Length).Insert(list.Index, items.ToString()));
                }
        }
    }

    /// <summary>The position after the brace that closes the one at <paramref name="open"/> (the end of the text when none does).</summary>
    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    [GeneratedRegex(@"\b(?:incident|source|actor|target|claim|malware|vulnerability|statement|party) (?<name>[A-Za-z0-9-]+) \{")]
    private static partial Regex DeclarationHeader();

    [GeneratedRegex(@"(?m)^\s+[a-z-]+: (?<value>[^\n]+)$")]
    private static partial Regex PropertyValue();

    [GeneratedRegex(@"(?:actors|sources|software|vulnerabilities|targets): \[(?<items>[^\]\n]*)\]")]
    private static partial Regex ReferenceList();
}
