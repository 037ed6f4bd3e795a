using System.Collections.Immutable;
using System.CommandLine;
using IncidentLang.Binding;
using IncidentLang.Cli.Reporting;
using IncidentLang.Diagnostics;
using IncidentLang.Emit;
using IncidentLang.Emit.Html;

namespace IncidentLang.Cli.Commands;

/// <summary>
/// <c>inc build PATH… [-o DIR] [--format html,json,stix] [--template DIR] [--tlp LEVEL] [--config FILE] [--today DATE]</c>:
/// parse the options, compile, <see cref="Compilation.Emit"/>, then write what it rendered. An
/// incident with errors writes nothing and keeps its earlier outputs; every file is written atomically.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var formatNames = OutputFormats.All.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        var paths = CommonOptions.Paths();
        var output = new Option<string>("--output", "-o") { Description = "The output folder.", DefaultValueFactory = _ => "out" };
        var format = new Option<string>("--format") { Description = "Comma-separated output formats: " + string.Join(", ", formatNames) + ".", DefaultValueFactory = _ => string.Join(",", formatNames) };
        var template = new Option<string?>("--template") { Description = "A folder with briefing.html.scriban and/or index.html.scriban replacing the built-in templates." };
        var tlp = new Option<string>("--tlp") { Description = "The most restricted TLP level that may be built: clear, green, amber, amber-strict or red.", DefaultValueFactory = _ => "green" };
        tlp.AcceptOnlyFromAmong([.. Vocabularies.TlpLevels.Select(l => l.Name)]);
        var config = CommonOptions.Config();
        var today = CommonOptions.Today();
        var jobs = CommonOptions.Jobs();
        var command = new Command("build", "Compile the files and write a briefing (HTML), JSON and a STIX 2.1 bundle per incident.") { paths, output, format, template, tlp, config, today, jobs };
        command.SetAction(result =>
        {
            var names = result.GetValue(format)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).Distinct().ToList();
            var unknown = names.Where(f => OutputFormats.Find(f) is null).ToList();
            if (names.Count == 0 || unknown.Count > 0)
            {
                stderr.WriteLine($"inc: unknown output format '{string.Join(",", unknown)}'; expected a comma-separated list of: {string.Join(", ", formatNames)}.");
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
                stderr.WriteLine(e.Diagnostic is { } diagnostic ? diagnostic.ToString() : $"inc: invalid template: {e.Message}");
                return ExitCodes.BadUsage;
            }

            if (CommonOptions.ResolveJobs(result.GetValue(jobs), stderr) is not { } jobCount)
            {
                return ExitCodes.BadUsage;
            }

            IncidentOutputWriter.Result emitted;
            CompilationRun? run;
            using (var progress = ProgressLine.For(stderr))
            {
                var emitOptions = new EmitOptions
                {
                    Formats = [.. names.Select(n => OutputFormats.Find(n)!)],
                    Templates = templates,
                    MaximumTlp = Vocabularies.FindTlp(result.GetValue(tlp)!)!,
                };
                var outputDirectory = result.GetValue(output)!;

                // What a build killed mid-write left behind (docs/reliability.md, "Nothing lost").
                AtomicFile.RemoveStaleTemporaryFiles(outputDirectory);

                // Each file's incidents are rendered as soon as it is compiled, into temporary files put in place at the end
                // (docs/architecture.md, "Streamed check"; docs/reliability.md, "Nothing lost").
                // With fewer files than jobs (one large incident), an incident's formats render at once.
                // What is written is written back while the build goes on, so that the flush before the renames waits for little.
                ImmutableArray<IncidentOutputWriter.IncidentWritten[]> rendered;
                using (var writeback = new EarlyWriteback())
                {
                    (run, rendered) = CompilationRun.Stream(
                        result.GetValue(paths)!, result.GetValue(config), CommonOptions.ParseToday(result.GetValue(today)), stderr, jobCount, progress,
                        (compilation, incidents) => IncidentOutputWriter.RenderFile(compilation, incidents, emitOptions, outputDirectory, writeback),
                        IncidentOutputWriter.Discard,
                        files => emitOptions = files < jobCount ? emitOptions with { FormatParallelism = jobCount } : emitOptions);
                }

                if (run is null)
                {
                    return ExitCodes.BadUsage;
                }

                emitted = IncidentOutputWriter.Finish([.. rendered.SelectMany(r => r)], emitOptions, outputDirectory, jobCount);
            }

            foreach (var failure in emitted.TemplateFailures)
            {
                stderr.WriteLine(failure.Incident is { } failed
                    ? $"inc: template error while rendering '{failed.Name}': {failure.Message}"
                    : $"inc: template error while rendering the index: {failure.Message}");
            }

            foreach (var message in emitted.WriteErrors)
            {
                stderr.WriteLine(message);
            }

            var diagnostics = run.Diagnostics.AddRange(emitted.Diagnostics).Sort(Diagnostic.Compare);
            TextDiagnosticWriter.Write(stdout, diagnostics, run.FileCount);
            // Lines written some thousands at a time (a console writer flushes each write: 20,001 system calls for 10,000 reports).
            var lines = new System.Text.StringBuilder();
            foreach (var (path, changed) in emitted.Written)
            {
                lines.Append(changed ? "Wrote " : "Unchanged ").Append(path.Replace('\\', '/')).Append(stdout.NewLine);
                if (lines.Length >= 64 * 1024)
                {
                    stdout.Write(lines.ToString());
                    lines.Clear();
                }
            }

            stdout.Write(lines.ToString());

            if (!run.UnreadablePaths.IsEmpty || !emitted.WriteErrors.IsEmpty)
            {
                return ExitCodes.BadUsage;
            }

            return run.HasErrors || !emitted.Success ? ExitCodes.ErrorsFound : ExitCodes.Success;
        });
        return command;
    }
}
