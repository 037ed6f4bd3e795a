using System.Globalization;

namespace IncidentLang.Text;

/// <summary>A zero-based line and UTF-16 column. Displayed one-based (docs/language.md, "Checking files").</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other)
    {
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Character.CompareTo(other.Character);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Line + 1},{Character + 1}");
}
