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
        var formats = FormatsOf(options);
        foreach (var incident in incidents)
        {
            var emission = EmitIncident(incident, hasErrors, formats, options);
            files.AddRange(emission.Files);
            if (emission.Built)
            {
                built.Add(incident);
            }

            if (emission.Diagnostic is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
            }

            if (emission.TemplateFailure is { } failure)
            {
                failures.Add(failure);
            }

            success &= emission.Built;
        }

        if (EmitIndex(built, formats, options) is { } index)
        {
            if (index.File is { } file)
            {
                files.Add(file);
            }

            if (index.Diagnostic is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
            }

            if (index.TemplateFailure is { } failure)
            {
                failures.Add(failure);
            }

            success &= index.File is not null;
        }

        return new EmitResult([.. files], [.. built], [.. diagnostics], [.. failures], success);
    }

    /// <summary>The formats asked for, in the order their files are emitted.</summary>
    public static IReadOnlyList<OutputFormat> FormatsOf(EmitOptions options) => [.. OutputFormats.All.Where(options.Formats.Contains)];

    /// <summary>One incident's files (all of them or none), or why it has none.</summary>
    public static IncidentEmission EmitIncident(IncidentSymbol incident, Func<IncidentSymbol, bool> hasErrors, IReadOnlyList<OutputFormat> formats, EmitOptions options) =>
        Emit(incident, hasErrors, options, () => [.. formats.Select(f => new EmittedFile(f.FileName(incident), f.Render(incident, options), incident))]);

    /// <summary>
    /// One incident's files written as they render into the streams <paramref name="open"/> gives for their relative
    /// paths, in format order; the emission holds no files. When it is not <see cref="IncidentEmission.Built"/>, what was
    /// written is incomplete and the host discards it (an incident gives all its files or none). The streams are the
    /// host's: it commits or discards them, and it disposes them.
    /// </summary>
    public static IncidentEmission EmitIncidentTo(IncidentSymbol incident, Func<IncidentSymbol, bool> hasErrors, IReadOnlyList<OutputFormat> formats, EmitOptions options, Func<string, Stream> open) =>
        Emit(incident, hasErrors, options, () =>
        {
            // The streams are opened in format order; the formats may render at once (the first failure in format order is
            // rethrown, as rendering them one after the other would have met it, and the host discards every stream).
            var streams = formats.Select(f => open(f.FileName(incident))).ToArray();
            ParallelWork.For(formats.Count, options.FormatParallelism, i => formats[i].Write(incident, options, streams[i]));
            return [];
        });

    private static IncidentEmission Emit(IncidentSymbol incident, Func<IncidentSymbol, bool> hasErrors, EmitOptions options, Func<ImmutableArray<EmittedFile>> render)
    {
        if (hasErrors(incident))
        {
            return new IncidentEmission(incident, false, [], null, null);
        }

        if (incident.Tlp.Rank > options.MaximumTlp.Rank)
        {
            var span = incident.GetProperty(IncidentProperties.Tlp)?.Syntax.Value.Span ?? incident.Syntax.NameOrKeywordSpan;
            return new IncidentEmission(incident, false, [], Diagnostic.Create(DiagnosticDescriptors.TlpNotAllowed, incident.Tree.Text, span, incident.Name, incident.Tlp.Label, options.MaximumTlp.Label), null);
        }

        try
        {
            return new IncidentEmission(incident, true, render(), null, null);
        }
        catch (TemplateException e)
        {
            // A refused include is a diagnostic in the template (INC3004/INC3005); any other failure of a user template is a template failure.
            return new IncidentEmission(incident, false, [], e.Diagnostic, e.Diagnostic is null ? new TemplateFailure(incident, e.Message) : null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never a stack trace: an emitter failure is INC9999 at the incident, and nothing is written for it.
            return new IncidentEmission(incident, false, [], Diagnostic.Create(DiagnosticDescriptors.InternalError, incident.NameLocation, $"emitting '{incident.Name}' failed: {e.GetType().Name}: {e.Message}"), null);
        }
    }

    /// <summary>With several incidents built and HTML asked for, the <c>index.html</c> listing them (or why it failed); else null.</summary>
    public static IndexEmission? EmitIndex(IReadOnlyCollection<IncidentSymbol> built, IReadOnlyList<OutputFormat> formats, EmitOptions options) =>
        HasIndex(built.Count, formats) ? EmitIndex([.. built.Select(IncidentIndexEntry.Of)], formats, options) : null;

    /// <summary>Whether a build of <paramref name="built"/> incidents in <paramref name="formats"/> has an index.</summary>
    public static bool HasIndex(int built, IReadOnlyList<OutputFormat> formats) => built > 1 && formats.Contains(OutputFormats.Html);

    /// <summary>The index of the incidents the entries were made from (see the overload above).</summary>
    public static IndexEmission? EmitIndex(IReadOnlyCollection<IncidentIndexEntry> built, IReadOnlyList<OutputFormat> formats, EmitOptions options)
    {
        if (!HasIndex(built.Count, formats))
        {
            return null;
        }

        try
        {
            return new IndexEmission(new EmittedFile(IndexFileName, HtmlBriefingEmitter.EmitIndex(built.OrderBy(i => i.Name, StringComparer.Ordinal), options.Templates), null), null, null);
        }
        catch (TemplateException e)
        {
            return new IndexEmission(null, e.Diagnostic, e.Diagnostic is null ? new TemplateFailure(null, e.Message) : null);
        }
    }
}
