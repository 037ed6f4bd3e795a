using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Emit;
using IncidentLang.Emit.Html;

namespace IncidentLang.Cli;

/// <summary>
/// How <c>inc build</c> writes (docs/architecture.md, "Streamed check"; docs/reliability.md, "Nothing lost"): each file's
/// incidents are rendered, as soon as the file is compiled, into temporary files beside their outputs (<see cref="RenderFile"/>),
/// keeping only their paths and what the index shows; a rendering that does not count is thrown away (<see cref="Discard"/>);
/// at the end every temporary file is made durable at once and renamed into place, incident by incident in the order of
/// <see cref="Compilation.Emit"/>, then the index is written (<see cref="Finish"/>). The output is byte-identical whatever
/// the number of jobs. A file that cannot be written is reported and the other incidents' outputs are still written.
/// </summary>
internal static class IncidentOutputWriter
{
    public sealed record Result(
        ImmutableArray<(string Path, bool Changed)> Written,
        ImmutableArray<Diagnostic> Diagnostics,
        ImmutableArray<TemplateFailure> TemplateFailures,
        ImmutableArray<string> WriteErrors,
        bool Success);

    /// <summary>
    /// One incident's part of the result, without its rendered text or its symbol (so that a streamed build lets the syntax tree
    /// go): its files in order, each with its temporary file when changed, and what the index shows of it when built.
    /// </summary>
    internal sealed record IncidentWritten(string Name, bool Built, Diagnostic? Diagnostic, TemplateFailure? TemplateFailure, IncidentIndexEntry? IndexEntry, List<(string Path, string? Temporary)> Files, string? WriteError);

    /// <summary>
    /// Renders <paramref name="incidents"/> (one file's, in <paramref name="compilation"/>) into temporary files, not yet in
    /// place: for a streamed build, which puts them in place with <see cref="Finish"/> or throws them away with <see cref="Discard"/>.
    /// </summary>
    /// <param name="writeback">Told of each temporary file written, to write them back while the build goes on.</param>
    public static IncidentWritten[] RenderFile(Compilation compilation, ImmutableArray<IncidentSymbol> incidents, EmitOptions options, string outputDirectory, EarlyWriteback? writeback = null) =>
        [.. incidents.Select(i => Render(compilation, i, options, outputDirectory, withIndex: IncidentRenderer.HasIndex(2, options), writeback))];

    /// <summary>Deletes the temporary files of incidents rendered and not put in place.</summary>
    public static void Discard(IEnumerable<IncidentWritten> incidents)
    {
        foreach (var incident in incidents)
        {
            Discard(incident.Files);
        }
    }

    /// <summary>
    /// Makes every changed output durable at once, then puts the files in place incident by incident and writes the index
    /// (docs/reliability.md, "Nothing lost"). The renames run <paramref name="parallelism"/> incidents at a time while the index
    /// renders (10,000 reports: 20,000 renames, half a second on one thread); each incident's files still go in place in their
    /// order, the index still goes in place after every briefing, and what is reported keeps the order of <paramref name="done"/>.
    /// </summary>
    public static Result Finish(IReadOnlyList<IncidentWritten> done, EmitOptions options, string outputDirectory, int parallelism = 1)
    {
        FileSystemSync.Flush([.. done.SelectMany(d => d.Files).Select(f => f.Temporary).OfType<string>()]);
        var built = new List<IncidentIndexEntry>();
        var builtCount = 0;
        var success = true;
        foreach (var incident in done)
        {
            if (incident.Built)
            {
                builtCount++;
                if (incident.IndexEntry is { } entry)
                {
                    built.Add(entry);
                }
            }

            success &= incident.Built;
        }

        // The index shows what was built, which is known before any file is renamed: it renders while the files go in place.
        var index = IncidentRenderer.HasIndex(builtCount, options) ? Task.Run(() => IncidentRenderer.RenderIndex(built, options)) : null;
        var placed = new (List<(string Path, bool Changed)> Written, string? Error)[done.Count];
        Parallel.For(0, done.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            var written = new List<(string Path, bool Changed)>(done[i].Files.Count);
            placed[i] = (written, done[i].WriteError ?? PutInPlace(done[i].Name, done[i].Files, written));
        });

        var allWritten = ImmutableArray.CreateBuilder<(string Path, bool Changed)>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var failures = ImmutableArray.CreateBuilder<TemplateFailure>();
        var errors = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < done.Count; i++)
        {
            allWritten.AddRange(placed[i].Written);
            if (done[i].Diagnostic is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
            }

            if (done[i].TemplateFailure is { } failure)
            {
                failures.Add(failure);
            }

            if (placed[i].Error is { } error)
            {
                errors.Add(error);
            }
        }

        if (index?.GetAwaiter().GetResult() is { } rendered)
        {
            if (rendered.File is { } file)
            {
                var written = new List<(string Path, bool Changed)>(1);
                if (WriteFiles([file], outputDirectory, written) is { } error)
                {
                    errors.Add(error);
                }

                allWritten.AddRange(written);
            }

            if (rendered.Diagnostic is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
            }

            if (rendered.TemplateFailure is { } failure)
            {
                failures.Add(failure);
            }

            success &= rendered.File is not null;
        }

        return new Result(allWritten.ToImmutable(), diagnostics.ToImmutable(), failures.ToImmutable(), errors.ToImmutable(), success);
    }

    /// <summary>
    /// Renders the incident's files straight into temporary files beside their places (<see cref="AtomicOutputFile"/>: never
    /// held as text) and completes them, not yet in place; returns the first write error's message, else null. An incident
    /// that does not build, or whose files cannot all be written, leaves no temporary file and its earlier outputs untouched.
    /// </summary>
    private static IncidentWritten Render(Compilation compilation, IncidentSymbol incident, EmitOptions options, string outputDirectory, bool withIndex, EarlyWriteback? writeback)
    {
        var prepared = new List<(string Path, string? Temporary)>(options.Formats.Length);
        var (emission, error) = Render(compilation, incident, options, outputDirectory, prepared);
        if (writeback is not null && prepared.Count > 0 && prepared[0].Temporary is { } temporary)
        {
            writeback.Written(temporary);
        }

        var entry = emission.Built && withIndex ? IncidentRenderer.IndexEntryOf(incident) : null;
        return new IncidentWritten(incident.Name, emission.Built, emission.Diagnostic, emission.TemplateFailure, entry, prepared, error);
    }

    private static (IncidentEmission Emission, string? Error) Render(Compilation compilation, IncidentSymbol incident, EmitOptions options, string outputDirectory, List<(string Path, string? Temporary)> prepared)
    {
        var files = new List<(string Path, AtomicOutputFile File)>(options.Formats.Length);
        try
        {
            var emission = IncidentRenderer.RenderTo(compilation, incident, options, relativePath =>
            {
                var path = Path.Combine(outputDirectory, relativePath);
                var file = new AtomicOutputFile(path);
                files.Add((path, file));
                return file;
            });
            if (!emission.Built)
            {
                return (emission, null);
            }

            foreach (var (path, file) in files)
            {
                try
                {
                    prepared.Add((path, file.Prepare()));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Discard(prepared);
                    return (emission, CannotWrite(incident, e));
                }
            }

            return (emission, null);
        }
        finally
        {
            foreach (var (_, file) in files)
            {
                file.Dispose();
            }
        }
    }

    /// <summary>
    /// Renames the incident's completed files over their places in order, stopping at the first that cannot be (its later
    /// files are discarded); returns that error's message, else null.
    /// </summary>
    private static string? PutInPlace(string incident, List<(string Path, string? Temporary)> files, List<(string Path, bool Changed)> written)
    {
        for (var i = 0; i < files.Count; i++)
        {
            var (path, temporary) = files[i];
            try
            {
                if (temporary is not null)
                {
                    AtomicOutputFile.ReplaceOrDelete(temporary, path);
                    TestHooks.AfterRename();
                }

                written.Add((path, temporary is not null));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Discard(files[(i + 1)..]);
                return CannotWrite(incident, e);
            }
        }

        return null;
    }

    private static void Discard(List<(string Path, string? Temporary)> files)
    {
        foreach (var temporary in files.Select(f => f.Temporary).OfType<string>())
        {
            AtomicFile.DeleteTemporary(temporary);
        }

        files.Clear();
    }

    private static string CannotWrite(IncidentSymbol incident, Exception e) => CannotWrite(incident.Name, e);

    private static string CannotWrite(string incident, Exception e) => $"inc: cannot write the outputs of '{incident}': {e.Message}";

    /// <summary>Writes the files in order, stopping at the first that cannot be written; returns that error's message, else null.</summary>
    private static string? WriteFiles(ImmutableArray<EmittedFile> files, string outputDirectory, List<(string Path, bool Changed)> written)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(outputDirectory, file.RelativePath);
            try
            {
                // An output whose bytes are already there is left alone: its timestamp stays (docs/reliability.md).
                written.Add((path, AtomicFile.WriteIfChanged(path, file.Content)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return file.Incident is { } incident
                    ? $"inc: cannot write the outputs of '{incident.Name}': {e.Message}"
                    : $"inc: cannot write '{path}': {e.Message}";
            }
        }

        return null;
    }
}
