using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text;
using IncidentLang.Diagnostics;
using IncidentLang.Text;
using Microsoft.Extensions.FileSystemGlobbing;

namespace IncidentLang.Projects;

/// <summary>
/// An <c>incidentlang.json</c> file (docs/language.md, "Projects: `incidentlang.json`"): <c>rules</c> (ID → level), <c>catalogs</c> and
/// <c>exclude</c> (globs relative to the file). Read with positions so every problem is an
/// INC3001–INC3003 diagnostic with a span in the file, never an exception.
/// </summary>
public sealed class ProjectConfiguration
{
    public const string FileName = "incidentlang.json";

    private ProjectConfiguration(string path, SourceText text)
    {
        FilePath = path;
        Directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        Text = text;
    }

    /// <summary>The path as shown in diagnostics.</summary>
    public string FilePath { get; }

    /// <summary>The full path of the folder holding the file: the project root.</summary>
    public string Directory { get; }

    public SourceText Text { get; }

    /// <summary>The <c>catalogs</c> globs, as written.</summary>
    public ImmutableArray<string> Catalogs { get; private set; } = [];

    /// <summary>The <c>exclude</c> globs, as written.</summary>
    public ImmutableArray<string> Exclude { get; private set; } = [];

    /// <summary>Rule levels as written (validated), by ID.</summary>
    public FrozenDictionary<string, RuleLevel> Rules { get; private set; } = FrozenDictionary<string, RuleLevel>.Empty;

    public ImmutableArray<Diagnostic> Diagnostics { get; private set; } = [];

    public bool IsExcluded(string fullPath) => !Exclude.IsEmpty && (_exclude ??= Globs.Create(Exclude)).IsMatch(Relative(fullPath));

    public bool IsCatalog(string fullPath) => !Catalogs.IsEmpty && (_catalogs ??= Globs.Create(Catalogs)).IsMatch(Relative(fullPath));

    private Matcher? _catalogs;
    private Matcher? _exclude;

    private string Relative(string fullPath) => System.IO.Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');

    public static ProjectConfiguration Load(string path, string displayPath)
    {
        var bytes = File.ReadAllBytes(path);
        return Parse(bytes, displayPath, path);
    }

    public static ProjectConfiguration Parse(byte[] bytes, string displayPath, string? fullPath = null)
    {
        var text = SourceText.FromBytes(bytes, displayPath);
        var config = new ProjectConfiguration(fullPath ?? displayPath, text);
        var diagnostics = new List<Diagnostic>();
        var utf8 = Encoding.UTF8.GetBytes(text.Text);
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var spans = new JsonSpans(utf8, text);
            config.ReadRoot(document.RootElement, spans, diagnostics);
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0);
            var column = (int)(exception.BytePositionInLine ?? 0);
            var position = line < text.LineCount ? text.GetLineStart(line) + Math.Min(column, text.GetLineSpan(line).Length) : text.Length;
            var message = exception.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd('.', ' ');
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidConfiguration, text, new TextSpan(position, position < text.Length ? 1 : 0), $"Invalid JSON: {message}"));
        }

        config.Diagnostics = [.. diagnostics];
        return config;
    }

    private void ReadRoot(JsonElement root, JsonSpans spans, List<Diagnostic> diagnostics)
    {
        void Problem(TextSpan span, string message) => diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidConfiguration, Text, span, message));

        if (root.ValueKind != JsonValueKind.Object)
        {
            Problem(spans.Of(root), "The configuration must be a JSON object");
            return;
        }

        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "catalogs":
                    Catalogs = ReadGlobs(property, spans, Problem);
                    break;
                case "exclude":
                    Exclude = ReadGlobs(property, spans, Problem);
                    break;
                case "rules":
                    Rules = ReadRules(property, spans, diagnostics, Problem);
                    break;
                case "$schema":
                    break;
                default:
                    Problem(spans.OfName(property), $"Unknown setting '{property.Name}'; expected 'rules', 'catalogs' or 'exclude'");
                    break;
            }
        }
    }

    private static ImmutableArray<string> ReadGlobs(JsonProperty property, JsonSpans spans, Action<TextSpan, string> problem)
    {
        if (property.Value.ValueKind != JsonValueKind.Array)
        {
            problem(spans.Of(property.Value), $"'{property.Name}' must be an array of glob strings");
            return [];
        }

        var globs = ImmutableArray.CreateBuilder<string>();
        foreach (var item in property.Value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                problem(spans.Of(item), $"Each entry of '{property.Name}' must be a non-empty glob string");
                continue;
            }

            globs.Add(item.GetString()!);
        }

        return globs.ToImmutable();
    }

    private FrozenDictionary<string, RuleLevel> ReadRules(JsonProperty property, JsonSpans spans, List<Diagnostic> diagnostics, Action<TextSpan, string> problem)
    {
        if (property.Value.ValueKind != JsonValueKind.Object)
        {
            problem(spans.Of(property.Value), "'rules' must be an object mapping diagnostic IDs to levels");
            return FrozenDictionary<string, RuleLevel>.Empty;
        }

        var rules = new Dictionary<string, RuleLevel>(StringComparer.Ordinal);
        foreach (var rule in property.Value.EnumerateObject())
        {
            RuleLevel? level = rule.Value.ValueKind == JsonValueKind.String ? rule.Value.GetString() switch
            {
                "error" => RuleLevel.Error,
                "warning" => RuleLevel.Warning,
                "info" => RuleLevel.Info,
                "none" => RuleLevel.None,
                _ => null,
            } : null;
            if (level is null)
            {
                problem(spans.Of(rule.Value), $"The level of '{rule.Name}' must be \"error\", \"warning\", \"info\" or \"none\"");
                continue;
            }

            var descriptor = DiagnosticCatalog.Find(rule.Name);
            if (descriptor is null || descriptor.Id != rule.Name)
            {
                var suggestion = DiagnosticCatalog.SuggestId(rule.Name);
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownRuleId, Text, spans.OfName(rule), rule.Name, IncidentLang.Text.NameSuggester.Tail(suggestion)) with { Suggestion = suggestion });
                continue;
            }

            if (!descriptor.IsConfigurable)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.RuleLevelCannotChange, Text, spans.OfName(rule), rule.Name));
                continue;
            }

            rules[rule.Name] = level.Value;
        }

        return rules.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
