namespace IncidentLang.Formatting;

/// <summary>The canonical layout's few knobs (fixed by the language; tests may vary them).</summary>
public sealed record FormattingOptions
{
    public static FormattingOptions Default { get; } = new();

    public int IndentSize { get; init; } = 2;

    /// <summary>Lists stay on one line when the line fits in this many columns.</summary>
    public int MaxLineLength { get; init; } = 100;

    /// <summary>The line break to write; null keeps the file's first line break (LF if it has none).</summary>
    public string? NewLine { get; init; }
}
