using IncidentLang.Binding;
using IncidentLang.Emit;

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

    /// <summary>The <c>index.html</c> listing the incidents built (or why it failed), when there are several and HTML is asked for; else null.</summary>
    public static IndexEmission? RenderIndex(IReadOnlyCollection<IncidentSymbol> built, EmitOptions options)
    {
        ArgumentNullException.ThrowIfNull(built);
        ArgumentNullException.ThrowIfNull(options);
        return IncidentEmitter.EmitIndex(built, IncidentEmitter.FormatsOf(options), options);
    }
}
