using System.Collections.Immutable;
using IncidentLang.Text;

namespace IncidentLang.Diagnostics;

/// <summary>
/// A safe fix for one diagnostic: a title for the editor ("Replace with 'T1574.001'") and the text
/// changes, in the diagnostic's file, that apply it. Applying it changes only the text of its
/// diagnostic, and applying it again changes nothing more.
/// </summary>
public sealed record DiagnosticFix(string Title, ImmutableArray<TextChange> Changes)
{
    public static DiagnosticFix Replace(string title, TextSpan span, string newText) => new(title, [new TextChange(span, newText)]);

    public static DiagnosticFix Insert(string title, int position, string text) => new(title, [new TextChange(new TextSpan(position, 0), text)]);
}
