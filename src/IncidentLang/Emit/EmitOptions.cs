using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Emit.Html;

namespace IncidentLang.Emit;

/// <summary>What <see cref="Compilation.Emit"/> writes: which formats, with which templates, up to which TLP level.</summary>
public sealed record EmitOptions
{
    public static EmitOptions Default { get; } = new();

    public ImmutableArray<OutputFormat> Formats { get; init; } = OutputFormats.All;

    public BriefingTemplates Templates { get; init; } = BriefingTemplates.Default;

    /// <summary>The most restricted TLP level that may be emitted (INC2011 above it); <c>green</c> by default.</summary>
    public TlpLevel MaximumTlp { get; init; } = Vocabularies.FindTlp("green")!;

    /// <summary>
    /// How many of one incident's formats are rendered into their streams at once (1, the default: one after the other), for a
    /// host that renders fewer incidents than it has threads (a build of one large incident). The bytes do not depend on it.
    /// </summary>
    public int FormatParallelism { get; init; } = 1;
}
