using System.Collections.Immutable;
using System.Text;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// INC0009: a file larger than <see cref="SyntaxLimits.MaxFileBytes"/> is not parsed. Its tree holds the
/// whole text as one skipped-tokens trivia (so it still prints back exactly), no declaration, and the one
/// diagnostic, zero-width at the file's start. Hosts that read files check the size first and do not read
/// an oversized file at all (<see cref="CreateUnread"/>).
/// </summary>
internal static class FileSizeLimit
{
    /// <summary>The UTF-8 length of <paramref name="text"/> when it is over the limit; null when it is within it.</summary>
    public static long? SizeIfTooLarge(SourceText text)
    {
        // Every UTF-16 code unit is at least one UTF-8 byte and at most three.
        if (text.Length * 3L <= SyntaxLimits.MaxFileBytes)
        {
            return null;
        }

        long bytes = text.Length > SyntaxLimits.MaxFileBytes ? text.Length : Encoding.UTF8.GetByteCount(text.Text);
        return bytes > SyntaxLimits.MaxFileBytes ? bytes : null;
    }

    /// <summary>The tree of a text over the limit: not parsed, one INC0009.</summary>
    public static SyntaxTree CreateUnparsed(SourceText text, long size)
    {
        ImmutableArray<SyntaxTrivia> leading = text.Length == 0 ? [] : [new SyntaxTrivia(SyntaxKind.SkippedTokensTrivia, 0, text.Text)];
        var endOfFile = new SyntaxToken(SyntaxKind.EndOfFileToken, text.Length, string.Empty, null, leading, []);
        var diagnostic = Diagnostic.Create(DiagnosticDescriptors.FileTooLarge, text, new TextSpan(0, 0), size, SyntaxLimits.MaxFileBytes);
        return new SyntaxTree(text, new CompilationUnitSyntax([], endOfFile), [diagnostic]);
    }

    /// <summary>The tree of a file of <paramref name="size"/> bytes that was not read: empty text, one INC0009.</summary>
    public static SyntaxTree CreateUnread(string filePath, long size) => CreateUnparsed(SourceText.From(string.Empty, filePath), size);
}
