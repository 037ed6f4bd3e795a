using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Emit.Html;

namespace IncidentLang.Emit;

/// <summary>
/// Renders incidents (docs/language.md, "Outputs"): an incident with errors is left
/// out (its errors are already reported); an incident more restricted than
/// <see cref="EmitOptions.MaximumTlp"/> is INC2011; an emitter that throws is INC9999 at the
/// incident. Each incident's files are rendered together, so an incident gives all its files or
/// none. With several incidents built and HTML asked for, an <c>index.html</c> lists them.
/// Nothing is written here: hosts write <see cref="EmitResult.Files"/>.
/// </summary>
internal static class IncidentEmitter
{
    public const string IndexFileName = "index.html";

    public static EmitResult Emit(IEnumerable<IncidentSymbol> incidents, Func<IncidentSymbol, bool> hasErrors, EmitOptions options)
    {
        var files = new List<EmittedFile>();
        var built = new List<IncidentSymbol>();
        var diagnostics = new List<Diagnostic>();
        var failures = new List<TemplateFailure>();
        var success = true;
        var formats = OutputFormats.All.Where(options.Formats.Contains).ToList();
        foreach (var incident in incidents)
        {
            if (hasErrors(incident))
            {
                success = false;
                continue;
            }

            if (incident.Tlp.Rank > options.MaximumTlp.Rank)
            {
                var span = incident.GetProperty(IncidentProperties.Tlp)?.Syntax.Value.Span ?? incident.Syntax.NameOrKeywordSpan;
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.TlpNotAllowed, incident.Tree.Text, span, incident.Name, incident.Tlp.Label, options.MaximumTlp.Label));
                success = false;
                continue;
            }

            try
            {
                var rendered = formats.Select(f => new EmittedFile(f.FileName(incident), f.Render(incident, options), incident)).ToList();
                files.AddRange(rendered);
                built.Add(incident);
            }
            catch (TemplateException e)
            {
                // A refused include is a diagnostic in the template (INC3004/INC3005); any other failure of a user template is a template failure.
                if (e.Diagnostic is { } diagnostic)
                {
                    diagnostics.Add(diagnostic);
                }
                else
                {
                    failures.Add(new TemplateFailure(incident, e.Message));
                }

                success = false;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Never a stack trace: an emitter failure is INC9999 at the incident, and nothing is written for it.
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InternalError, incident.NameLocation, $"emitting '{incident.Name}' failed: {e.GetType().Name}: {e.Message}"));
                success = false;
            }
        }

        if (built.Count > 1 && formats.Contains(OutputFormats.Html))
        {
            try
            {
                files.Add(new EmittedFile(IndexFileName, HtmlBriefingEmitter.EmitIndex(built.OrderBy(i => i.Name, StringComparer.Ordinal), options.Templates), null));
            }
            catch (TemplateException e)
            {
                if (e.Diagnostic is { } diagnostic)
                {
                    diagnostics.Add(diagnostic);
                }
                else
                {
                    failures.Add(new TemplateFailure(null, e.Message));
                }

                success = false;
            }
        }

        return new EmitResult([.. files], [.. built], [.. diagnostics], [.. failures], success);
    }
}
