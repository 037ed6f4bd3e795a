using System.Collections.Immutable;
using System.Text;

namespace IncidentLang.Text;

/// <summary>
/// The decoded text of one file, with its line starts. Line ends are LF, CRLF or CR;
/// positions are UTF-16 offsets. Bytes are decoded as UTF-8 (a BOM is dropped; each invalid
/// sequence becomes U+FFFD and is remembered so the parser can report INC0008).
/// </summary>
public sealed class SourceText
{
    // Computed on first use: checking an error-free file asks for no line (a diagnostic's line and column are computed when it is
    // written). Computing it twice on two threads is harmless (the same values; an ImmutableArray is one reference).
    private ImmutableArray<int> _lineStartsOrDefault;

    private SourceText(string text, string filePath, ImmutableArray<TextSpan> invalidUtf8Spans)
        : this(text, filePath, invalidUtf8Spans, default)
    {
    }

    private SourceText(string text, string filePath, ImmutableArray<TextSpan> invalidUtf8Spans, ImmutableArray<int> lineStarts)
    {
        Text = text;
        FilePath = filePath;
        InvalidUtf8Spans = invalidUtf8Spans;
        _lineStartsOrDefault = lineStarts; // default: computed on first use
    }

    private ImmutableArray<int> _lineStarts
    {
        get
        {
            var starts = _lineStartsOrDefault;
            if (starts.IsDefault)
            {
                starts = ComputeLineStarts(Text);
                _lineStartsOrDefault = starts;
            }

            return starts;
        }
    }

    public string Text { get; }

    /// <summary>The path as given to the compiler (used verbatim in diagnostics).</summary>
    public string FilePath { get; }

    /// <summary>Where U+FFFD replaced an invalid UTF-8 sequence.</summary>
    public ImmutableArray<TextSpan> InvalidUtf8Spans { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public char this[int index] => Text[index];

    public static SourceText From(string text, string filePath = "") => new(text, filePath, []);

    public static SourceText FromBytes(ReadOnlySpan<byte> bytes, string filePath = "")
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            // Valid UTF-8 (the common case) decodes in one call, to the same text as the loop below.
            return new SourceText(Encoding.UTF8.GetString(bytes), filePath, []);
        }

        var builder = new StringBuilder(bytes.Length);
        var invalid = ImmutableArray.CreateBuilder<TextSpan>();
        Span<char> buffer = stackalloc char[2];
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                var written = rune.EncodeToUtf16(buffer);
                builder.Append(buffer[..written]);
            }
            else
            {
                invalid.Add(new TextSpan(builder.Length, 1));
                builder.Append('\uFFFD');
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return new SourceText(builder.ToString(), filePath, invalid.ToImmutable());
    }

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>
    /// The text with <paramref name="changes"/> applied, under the same <see cref="FilePath"/>. The
    /// changes may come in any order; they must lie inside the text and not overlap (see
    /// <see cref="TextChange.Overlaps"/>). Spans refer to this text, not to the text after earlier
    /// changes. The result keeps no <see cref="InvalidUtf8Spans"/>: it is text, not decoded bytes.
    /// </summary>
    /// <exception cref="ArgumentException">A change lies outside the text, or two changes overlap.</exception>
    public SourceText WithChanges(IEnumerable<TextChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var ordered = changes.OrderBy(c => c.Span).ToList();
        if (ordered.Count == 0)
        {
            return this;
        }

        var builder = new StringBuilder(Text.Length);
        var position = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var change = ordered[i];
            if (change.Span.Start < 0 || change.Span.Length < 0 || change.Span.End > Text.Length)
            {
                throw new ArgumentException($"The change at {change.Span} lies outside the text (length {Text.Length}).", nameof(changes));
            }

            if (i > 0 && ordered[i - 1].Overlaps(change))
            {
                throw new ArgumentException($"The changes at {ordered[i - 1].Span} and {change.Span} overlap.", nameof(changes));
            }

            builder.Append(Text, position, change.Span.Start - position).Append(change.NewText);
            position = change.Span.End;
        }

        builder.Append(Text, position, Text.Length - position);
        return From(builder.ToString(), FilePath);
    }


    /// <summary>
    /// <c>From(<paramref name="text"/>, FilePath)</c> for a text that differs from this one by <paramref name="difference"/>: the line
    /// starts before the change are this text's, those after it this text's shifted, and only the changed part is scanned (an edit of
    /// a large file does not scan the whole file again).
    /// </summary>
    internal SourceText WithText(string text, TextDifference difference)
    {
        var (span, inserted) = difference;
        var delta = inserted.Length - span.Length;

        // A line starts at s when the character before it is LF, or CR not followed by LF: it depends on the characters at s - 1 and
        // s only. Starts whose two characters lie in the common prefix or the common suffix are kept (shifted); the rest is scanned.
        var kept = LowerBound(_lineStarts, Math.Max(1, span.Start));
        var shifted = LowerBound(_lineStarts, span.End + 1);
        var scanned = new List<int>();
        for (var s = Math.Max(1, span.Start); s <= inserted.End; s++)
        {
            if (text[s - 1] == '\n' || (text[s - 1] == '\r' && (s == text.Length || text[s] != '\n')))
            {
                scanned.Add(s);
            }
        }

        var starts = new int[kept + scanned.Count + (_lineStarts.Length - shifted)];
        _lineStarts.CopyTo(0, starts, 0, kept);
        scanned.CopyTo(starts, kept);
        for (int i = shifted, at = kept + scanned.Count; i < _lineStarts.Length; i++, at++)
        {
            starts[at] = _lineStarts[i] + delta;
        }

        return new SourceText(text, FilePath, [], System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(starts));
    }

    /// <summary>The index of the first element of <paramref name="sorted"/> not less than <paramref name="value"/>.</summary>
    private static int LowerBound(ImmutableArray<int> sorted, int value)
    {
        var index = sorted.BinarySearch(value);
        return index >= 0 ? index : ~index;
    }

    public override string ToString() => Text;

    public int GetLineIndex(int position)
    {
        // Over the span: the generic ImmutableArray search goes through a comparer per step.
        var index = _lineStarts.AsSpan().BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    public int GetLineStart(int line) => _lineStarts[line];

    /// <summary>The span of a line's text, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    public LinePosition GetLinePosition(int position)
    {
        position = Math.Clamp(position, 0, Text.Length);
        var line = GetLineIndex(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The offset of a line/character pair, clamped into the text.</summary>
    public int GetPosition(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _lineStarts.Length)
        {
            return Text.Length;
        }

        var line = GetLineSpan(position.Line);
        return line.Start + Math.Clamp(position.Character, 0, line.Length);
    }

    private static ImmutableArray<int> ComputeLineStarts(string text)
    {
        // Every line break is a '\n', a '\r' or the pair "\r\n": counting both characters (vectorized) bounds the number of lines, so
        // the starts go into one array, found with a vectorized search rather than a test per character.
        var span = text.AsSpan();
        var capacity = 1 + span.Count('\n') + span.Count('\r');
        var starts = new int[capacity];
        var count = 1;
        var offset = 0;
        while (true)
        {
            var found = span[offset..].IndexOfAny('\r', '\n');
            if (found < 0)
            {
                break;
            }

            var i = offset + found;
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }

            starts[count++] = i + 1;
            offset = i + 1;
        }

        if (count < capacity)
        {
            Array.Resize(ref starts, count);
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(starts);
    }
}
