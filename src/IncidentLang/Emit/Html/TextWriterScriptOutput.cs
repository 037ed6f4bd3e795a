using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// Scriban's output straight into a <see cref="TextWriter"/> (a briefing written into its file as it renders, never held
/// as one string). Unlike Scriban's own <c>TextWriterOutput</c> it copies no substring per write.
/// </summary>
internal sealed class TextWriterScriptOutput(TextWriter writer) : IScriptOutput
{
    public void Write(string text, int offset, int count) => writer.Write(text.AsSpan(offset, count));

    public async ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken) =>
        await writer.WriteAsync(text.AsMemory(offset, count), cancellationToken).ConfigureAwait(false);

    /// <summary>What <c>Template.Render</c> returns for this output: nothing, the text went to the writer.</summary>
    public override string ToString() => string.Empty;
}
