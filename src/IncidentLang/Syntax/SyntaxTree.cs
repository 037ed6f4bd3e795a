using System.Collections.Immutable;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>A parsed file: its text, its full-fidelity root, and the syntax diagnostics (INC0xxx).</summary>
public sealed class SyntaxTree
{
    internal SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }

    public CompilationUnitSyntax Root { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public string FilePath => Text.FilePath;

    public static SyntaxTree Parse(SourceText text) => SyntaxParser.Parse(text);

    public static SyntaxTree Parse(string text, string filePath = "") => Parse(SourceText.From(text, filePath));

    /// <summary>The largest file parsed, in bytes of UTF-8 (50 MiB); a larger one gets INC0009 (docs/reliability.md, "Limits").</summary>
    public const long MaxFileBytes = SyntaxLimits.MaxFileBytes;

    /// <summary>
    /// The tree of a file of <paramref name="size"/> bytes, over <see cref="MaxFileBytes"/>, that a host did not read:
    /// empty text and one INC0009 (a host checks a file's size before reading it).
    /// </summary>
    public static SyntaxTree ForFileTooLarge(string filePath, long size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(size, SyntaxLimits.MaxFileBytes);
        return FileSizeLimit.CreateUnread(filePath, size);
    }

    public Location GetLocation(TextSpan span) => new(Text, span);

    /// <summary>
    /// The tree of the text after replacing <paramref name="span"/> with <paramref name="newText"/>:
    /// only the edited declaration is re-parsed when that is safe, else the whole text.
    /// </summary>
    public SyntaxTree WithChange(TextSpan span, string newText)
    {
        span = TextSpan.FromBounds(Math.Clamp(span.Start, 0, Text.Length), Math.Clamp(span.End, 0, Text.Length));
        var text = SourceText.From(string.Concat(Text.Text.AsSpan(0, span.Start), newText, Text.Text.AsSpan(span.End)), FilePath);
        return IncrementalReparser.TryReparse(this, span, newText, text) ?? Parse(text);
    }

    /// <summary>
    /// The tree of <paramref name="text"/>, a new text of this file: <see cref="WithChange"/> of the span between the two texts' common
    /// prefix and suffix (<see cref="TextDifference"/>), with <paramref name="text"/> itself as the new tree's text (not rebuilt from
    /// the change) and its line starts carried over from this text outside the change. For an editor's document whose new text the
    /// caller already holds (a ranged edit applied, or the full text a client sent).
    /// </summary>
    public SyntaxTree WithText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var difference = TextDifference.Between(Text.Text, text);
        var newText = Text.WithText(text, difference);
        return IncrementalReparser.TryReparse(this, difference.Span, text.Substring(difference.Inserted.Start, difference.Inserted.Length), newText) ?? Parse(newText);
    }
}
