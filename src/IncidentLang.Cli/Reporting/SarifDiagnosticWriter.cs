using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IncidentLang.Cli.Reporting.Sarif;
using IncidentLang.Diagnostics;

namespace IncidentLang.Cli.Reporting;

/// <summary>
/// <c>--format sarif</c>: a SARIF 2.1.0 log whose rules describe every diagnostic the tool can
/// report. Fingerprints hash the rule, the file, the flagged text and its occurrence number, not
/// line numbers, so they survive unrelated edits above the problem.
/// </summary>
internal static class SarifDiagnosticWriter
{
    public const string InformationUri = "https://github.com/incidentlang/incidentlang";

    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, string repositoryRoot)
    {
        var rules = DiagnosticCatalog.All;
        var ruleIndex = rules.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = ImmutableArray.CreateBuilder<SarifResult>();
        foreach (var diagnostic in diagnostics)
        {
            var uri = RepositoryRelative(diagnostic.Location.FilePath, repositoryRoot);
            var span = diagnostic.Location.LineSpan;
            var flagged = diagnostic.Location.Text.ToString(diagnostic.Location.Span);
            var key = $"{diagnostic.Id}\n{uri}\n{flagged}";
            occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
            var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}\n{occurrences[key]}")))[..32];
            results.Add(new SarifResult(
                diagnostic.Id,
                ruleIndex[diagnostic.Id],
                Level(diagnostic.Severity),
                new SarifText(Sentence(diagnostic.Message)),
                [new SarifLocation(new SarifPhysicalLocation(
                    new SarifArtifactLocation(uri),
                    new SarifRegion(span.Start.Line + 1, span.Start.Character + 1, span.End.Line + 1, span.End.Character + 1)))],
                ImmutableDictionary<string, string>.Empty.Add("incidentLang/v1", fingerprint)));
        }

        var version = typeof(SarifDiagnosticWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var driver = new SarifDriver("IncidentLang", version, version, InformationUri, [.. rules.Select(Rule)]);
        var log = new SarifLog("https://json.schemastore.org/sarif-2.1.0.json", "2.1.0", [new SarifRun(new SarifTool(driver), results.ToImmutable())]);
        writer.Write(JsonSerializer.Serialize(log, SarifJsonContext.Default.SarifLog));
        writer.Write('\n');
    }

    private static SarifRule Rule(DiagnosticDescriptor d) => new(
        d.Id,
        string.Concat(d.Title.Split(' ', '-', '/').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..])).Replace("'", string.Empty, StringComparison.Ordinal),
        new SarifText(Sentence(d.Title)),
        new SarifText(Sentence(d.Help)),
        new SarifHelp(DiagnosticHelpFormatter.Format(d), d.Help + (d.Example is null ? string.Empty : $"\n\nExample:\n\n```\n{d.Example}\n```") + (d.Fix is null ? string.Empty : $"\n\nFix:\n\n```\n{d.Fix}\n```")),
        $"{InformationUri}/blob/main/docs/diagnostics.md#{d.Id.ToLowerInvariant()}",
        new SarifConfiguration(Level(d.DefaultSeverity)));

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>SARIF messages are sentences ending with a period.</summary>
    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";

    /// <summary>
    /// Paths relative to the repository root (the folder holding .git), with '/' separators; a file outside it (a catalog
    /// of another checkout, a file named by an absolute path) gets its absolute <c>file:</c> URI, never a "../" path that a
    /// code-scanning service would resolve outside the repository.
    /// </summary>
    internal static string RepositoryRelative(string path, string repositoryRoot)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(repositoryRoot, full).Replace('\\', '/');
        if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return new Uri(full).AbsoluteUri;
        }

        return string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));
    }

    public static string FindRepositoryRoot(string start)
    {
        var directory = Path.GetFullPath(start);
        for (var d = directory; d is not null; d = Path.GetDirectoryName(d))
        {
            if (Directory.Exists(Path.Combine(d, ".git")) || File.Exists(Path.Combine(d, ".git")))
            {
                return d;
            }
        }

        return directory;
    }
}
