using System.CommandLine;
using IncidentLang.Binding;
using IncidentLang.Cli.Reporting;
using IncidentLang.Diagnostics;
using IncidentLang.Emit.Html;
using IncidentLang.Emit.Json;
using IncidentLang.Emit.Stix;

namespace IncidentLang.Cli.Commands;

/// <summary>
/// <c>inc build PATH… [-o DIR] [--format html,json,stix] [--template DIR] [--tlp LEVEL] [--config FILE] [--today DATE]</c>:
/// compile, then write each incident that has no errors (§6, §7). An incident with errors writes
/// nothing and keeps its earlier outputs; every file is written atomically.
/// </summary>
internal static class BuildCommand
{
    private static readonly string[] SupportedFormats = ["html", "json", "stix"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CommonOptions.Paths();
        var output = new Option<string>("--output", "-o") { Description = "The output folder.", DefaultValueFactory = _ => "out" };
        var format = new Option<string>("--format") { Description = "Comma-separated output formats: html, json, stix.", DefaultValueFactory = _ => "html,json,stix" };
        var template = new Option<string?>("--template") { Description = "A folder with briefing.html.scriban and/or index.html.scriban replacing the built-in templates." };
        var tlp = new Option<string>("--tlp") { Description = "The most restricted TLP level that may be built: clear, green, amber, amber-strict or red.", DefaultValueFactory = _ => "green" };
        tlp.AcceptOnlyFromAmong([.. LanguageSchema.TlpLevels.Select(l => l.Name)]);
        var config = CommonOptions.Config();
        var today = CommonOptions.Today();
        var command = new Command("build", "Compile the files and write a briefing (HTML), JSON and a STIX 2.1 bundle per incident.") { paths, output, format, template, tlp, config, today };
        command.SetAction(result =>
        {
            var formats = result.GetValue(format)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).Distinct().ToList();
            var unknown = formats.Where(f => !SupportedFormats.Contains(f)).ToList();
            if (formats.Count == 0 || unknown.Count > 0)
            {
                stderr.WriteLine($"inc: unknown output format '{string.Join(",", unknown)}'; expected a comma-separated list of: {string.Join(", ", SupportedFormats)}.");
                return ExitCodes.BadUsage;
            }

            BriefingTemplates templates;
            try
            {
                var dir = result.GetValue(template);
                if (dir is not null && !Directory.Exists(dir))
                {
                    stderr.WriteLine($"inc: the template folder '{dir}' does not exist.");
                    return ExitCodes.BadUsage;
                }

                templates = dir is null ? BriefingTemplates.Default : BriefingTemplates.FromDirectory(dir);
            }
            catch (TemplateException e)
            {
                stderr.WriteLine($"inc: invalid template: {e.Message}");
                return ExitCodes.BadUsage;
            }

            var run = CompilationRun.Start(result.GetValue(paths)!, result.GetValue(config), CommonOptions.ParseToday(result.GetValue(today)), stderr);
            if (run is null)
            {
                return ExitCodes.BadUsage;
            }

            var outputDirectory = result.GetValue(output)!;
            var allowed = LanguageSchema.TlpRank(result.GetValue(tlp)!);
            var diagnostics = run.Diagnostics.ToList();
            var built = new List<IncidentSymbol>();
            var written = new List<string>();
            var failed = run.HasErrors;
            foreach (var incident in run.Compilation.Bound.Incidents)
            {
                if (run.Compilation.HasErrors(incident))
                {
                    failed = true;
                    continue;
                }

                if (LanguageSchema.TlpRank(incident.Tlp) > allowed)
                {
                    var span = incident.GetProperty("tlp")?.Syntax.Value.Span ?? incident.Syntax.NameOrKeywordSpan;
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.TlpNotAllowed, incident.Tree.Text, span, incident.Name, LanguageSchema.TlpLabel(incident.Tlp), LanguageSchema.TlpLabel(result.GetValue(tlp)!)));
                    failed = true;
                    continue;
                }

                try
                {
                    // Render everything first, then write: a failure leaves this incident's earlier outputs untouched.
                    var files = new List<(string Path, string Content)>();
                    if (formats.Contains("json"))
                    {
                        files.Add((Path.Combine(outputDirectory, incident.Name + ".json"), IncidentJsonEmitter.Emit(run.Compilation, incident)));
                    }

                    if (formats.Contains("html"))
                    {
                        files.Add((Path.Combine(outputDirectory, incident.Name + ".html"), HtmlBriefingEmitter.Emit(run.Compilation, incident, templates)));
                    }

                    if (formats.Contains("stix"))
                    {
                        files.Add((Path.Combine(outputDirectory, incident.Name + ".stix.json"), StixEmitter.Emit(run.Compilation, incident)));
                    }

                    foreach (var (path, content) in files)
                    {
                        AtomicFile.Write(path, content);
                        written.Add(path);
                    }

                    built.Add(incident);
                }
                catch (TemplateException e)
                {
                    stderr.WriteLine($"inc: template error while rendering '{incident.Name}': {e.Message}");
                    failed = true;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"inc: cannot write the outputs of '{incident.Name}': {e.Message}");
                    return ExitCodes.BadUsage;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Never a stack trace (§5): an emitter failure is INC9999 at the incident, and nothing is written for it.
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InternalError, incident.NameLocation, $"emitting '{incident.Name}' failed: {e.GetType().Name}: {e.Message}"));
                    failed = true;
                }
            }

            if (built.Count > 1 && formats.Contains("html"))
            {
                var index = Path.Combine(outputDirectory, "index.html");
                AtomicFile.Write(index, HtmlBriefingEmitter.EmitIndex(built.OrderBy(i => i.Name, StringComparer.Ordinal), templates));
                written.Add(index);
            }

            diagnostics.Sort(Diagnostic.Compare);
            TextDiagnosticWriter.Write(stdout, diagnostics, run.FileCount);
            foreach (var path in written)
            {
                stdout.WriteLine("Wrote " + path.Replace('\\', '/'));
            }

            if (!run.UnreadablePaths.IsEmpty)
            {
                return ExitCodes.BadUsage;
            }

            return failed ? ExitCodes.ErrorsFound : ExitCodes.Success;
        });
        return command;
    }
}
