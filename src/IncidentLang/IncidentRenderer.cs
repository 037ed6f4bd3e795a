using IncidentLang.Binding;
using IncidentLang.Emit;
using IncidentLang.Emit.Html;

namespace IncidentLang;

/// <summary>
/// <see cref="Compilation.Emit"/> one incident at a time, for hosts that write each incident's files as soon as they are
/// rendered and let them go (<c>inc build</c> over thousands of files) and that render incidents in parallel: rendering
/// one incident reads the compilation and writes nothing shared. Rendering every incident of
/// <see cref="BoundCompilation.Incidents"/> in order, then <see cref="RenderIndex"/> of those built, gives exactly the
/// files of <see cref="Compilation.Emit"/>, in the same order.
/// </summary>
public static class IncidentRenderer
{
    public static IncidentEmission Render(Compilation compilation, IncidentSymbol incident, EmitOptions options)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(options);
        return IncidentEmitter.EmitIncident(incident, compilation.HasErrors, IncidentEmitter.FormatsOf(options), options);
    }

    /// <summary>
    /// Renders the incident's files straight into the streams <paramref name="openFile"/> gives for their paths (relative to
    /// the output folder, in the order of <see cref="Render"/>'s files), as UTF-8 without a byte order mark: the bytes of
    /// <see cref="Render"/>'s files, never held as text. The emission lists no files. Unless it is
    /// <see cref="IncidentEmission.Built"/>, what the streams received is incomplete: the host discards it, so that an
    /// incident gives all its files or none. The streams stay the host's (to commit or discard, and to dispose); a stream
    /// that fails should keep the failure for the host rather than throw, or it is reported as an emitter failure (INC9999).
    /// </summary>
    public static IncidentEmission RenderTo(Compilation compilation, IncidentSymbol incident, EmitOptions options, Func<string, Stream> openFile)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(openFile);
        return IncidentEmitter.EmitIncidentTo(incident, compilation.HasErrors, IncidentEmitter.FormatsOf(options), options, openFile);
    }

    /// <summary>The <c>index.html</c> listing the incidents built (or why it failed), when there are several and HTML is asked for; else null.</summary>
    public static IndexEmission? RenderIndex(IReadOnlyCollection<IncidentSymbol> built, EmitOptions options)
    {
        ArgumentNullException.ThrowIfNull(built);
        ArgumentNullException.ThrowIfNull(options);
        return IncidentEmitter.EmitIndex(built, IncidentEmitter.FormatsOf(options), options);
    }

    /// <summary>Whether a build of <paramref name="builtCount"/> incidents with these options has an <c>index.html</c> (several incidents, HTML asked for).</summary>
    public static bool HasIndex(int builtCount, EmitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IncidentEmitter.HasIndex(builtCount, IncidentEmitter.FormatsOf(options));
    }

    /// <summary>What the index shows of an incident built, kept without its syntax tree (for <see cref="RenderIndex(IReadOnlyCollection{IncidentIndexEntry}, EmitOptions)"/>).</summary>
    public static IncidentIndexEntry IndexEntryOf(IncidentSymbol incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return IncidentIndexEntry.Of(incident);
    }

    /// <summary>The <c>index.html</c> of the incidents the entries were made from: the same as <see cref="RenderIndex(IReadOnlyCollection{IncidentSymbol}, EmitOptions)"/> of those incidents.</summary>
    public static IndexEmission? RenderIndex(IReadOnlyCollection<IncidentIndexEntry> built, EmitOptions options)
    {
        ArgumentNullException.ThrowIfNull(built);
        ArgumentNullException.ThrowIfNull(options);
        return IncidentEmitter.EmitIndex(built, IncidentEmitter.FormatsOf(options), options);
    }
}
