namespace IncidentLang.Syntax;

/// <summary>
/// The limits the parser holds every input to (docs/reliability.md, "Limits"), so that no file, however
/// large or hostile, makes it hang, exhaust memory or overflow the stack. Each limit that is reached is
/// one diagnostic with an ID and a span: INC0009 (file size), INC0010 (line length), INC0011 (nesting).
/// </summary>
internal static class SyntaxLimits
{
    /// <summary>50 MB: a larger file is not parsed (INC0009). Bytes on disk; for a text held in memory, its UTF-8 length.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Characters (UTF-16 code units) per line; beyond it a line is not parsed (INC0010).</summary>
    public const int MaxLineLength = 10_000;

    /// <summary>Braces and brackets nested deeper than this are skipped (INC0011); the language needs three.</summary>
    public const int MaxNestingDepth = SyntaxParser.MaxNestingDepth;
}
