using System.Globalization;
using IncidentLang.Binding;
using IncidentLang.Emit.Common;

namespace IncidentLang.Emit.Html;

/// <summary>
/// Scriban's limits for one render, sized to what is rendered: a safety net against a template that
/// loops, recurses or writes without end, never a ceiling on a legitimate report (issues 11 and 12).
/// A template that walks each list of the model a bounded number of times stays far inside them at any
/// size; one that joins every claim with every other, or never stops, fails with a message naming the limit.
/// </summary>
/// <param name="LoopLimit">Iterations, cumulated over each outermost loop and everything inside it (Scriban 7's rule).</param>
/// <param name="OutputLimit">Characters written, and the longest string a template may build.</param>
/// <param name="RecursiveLimit">Depth of nested function calls and includes: the model's depth, not its size.</param>
internal sealed record TemplateLimits(int LoopLimit, int OutputLimit, int RecursiveLimit)
{
    /// <summary>Iterations allowed whatever the input's size.</summary>
    public const int BaseLoopLimit = 100_000;

    /// <summary>Iterations allowed per declaration rendered (the default briefing uses about 10 per claim).</summary>
    public const int LoopsPerDeclaration = 500;

    /// <summary>Characters of output allowed whatever the input's size (4 Mi).</summary>
    public const int BaseOutputLimit = 4 * 1024 * 1024;

    /// <summary>Characters of output allowed per character of the incident's file (the default briefing writes about 5).</summary>
    public const int OutputPerSourceCharacter = 64;

    /// <summary>Characters of output allowed per declaration rendered (for declarations of catalogs, whose text is elsewhere).</summary>
    public const int OutputPerDeclaration = 16 * 1024;

    public const int DefaultRecursiveLimit = 64;

    /// <summary>The limits for rendering <paramref name="incident"/>: its members and the catalog declarations it uses.</summary>
    public static TemplateLimits For(IncidentSymbol incident)
    {
        var participants = EmitParticipants.Of(incident);
        var declarations = 1 + incident.Members.Length + participants.Sources.Length + participants.Actors.Length + participants.Targets.Length
            + participants.Parties.Length + participants.Software.Length + participants.Vulnerabilities.Length + participants.Indicators.Length;
        // The file the incident is written in: its length is known without walking the tree.
        return For(declarations, incident.Tree.Text.Length);
    }

    /// <summary>The limits for <paramref name="declarations"/> declarations written in <paramref name="sourceCharacters"/> characters.</summary>
    public static TemplateLimits For(int declarations, int sourceCharacters)
    {
        var loops = BaseLoopLimit + ((long)LoopsPerDeclaration * declarations);
        var output = BaseOutputLimit + ((long)OutputPerSourceCharacter * sourceCharacters) + ((long)OutputPerDeclaration * declarations);
        return new TemplateLimits((int)Math.Min(loops, int.MaxValue), (int)Math.Min(output, Array.MaxLength / 2), DefaultRecursiveLimit);
    }

    /// <summary>What a limit's message adds: how the limits were sized, so a reader knows it is not a fixed ceiling.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"limits for this input: {LoopLimit:N0} loop iterations, {OutputLimit:N0} characters of output, {RecursiveLimit} nested calls");
}
