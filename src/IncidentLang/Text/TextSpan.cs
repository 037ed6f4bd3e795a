using System.Globalization;

namespace IncidentLang.Text;

/// <summary>A range of UTF-16 code units in a <see cref="SourceText"/>.</summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => position >= Start && position < End;

    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}..{End})");
}
