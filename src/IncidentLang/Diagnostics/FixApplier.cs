using System.Collections.Immutable;
using IncidentLang.Text;

namespace IncidentLang.Diagnostics;

/// <summary>
/// Applies the safe fixes (<see cref="Diagnostic.Fix"/>) of diagnostics to one text, as
/// <c>inc check --fix</c> does and as an editor's "fix all" can. A fix is applied whole or not
/// at all. Fixes are taken in position order (of their first change); a fix that overlaps one
/// already taken (<see cref="TextChange.Overlaps"/>), or that does not fit the text, is skipped
/// and left for the caller to report. A fix equal to one already taken (the same changes) is
/// counted as applied without being applied twice. Line breaks in new text follow the text's
/// own (its first line break), so a fix does not mix LF into a CRLF file.
/// </summary>
public static class FixApplier
{
    /// <summary>The result of applying fixes: the new text and which diagnostics were fixed or skipped.</summary>
    public sealed record Result(SourceText Text, ImmutableArray<Diagnostic> Applied, ImmutableArray<Diagnostic> Skipped);

    /// <summary>
    /// Applies the fixes of those <paramref name="diagnostics"/> that have one and belong to
    /// <paramref name="text"/> (the same <see cref="SourceText.FilePath"/>); other diagnostics are ignored.
    /// </summary>
    public static Result Apply(SourceText text, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var newLine = NewLineOf(text.Text);
        var candidates = diagnostics
            .Where(d => d.Fix is { Changes.IsDefaultOrEmpty: false } && string.Equals(d.Location.FilePath, text.FilePath, StringComparison.Ordinal))
            .Select(d => (Diagnostic: d, Changes: d.Fix!.Changes.Select(c => Normalize(c, newLine)).OrderBy(c => c.Span).ToImmutableArray()))
            .OrderBy(c => c.Changes[0].Span)
            .ThenBy(c => c.Diagnostic, Comparer<Diagnostic>.Create(Diagnostic.Compare))
            .ToList();

        var taken = new List<TextChange>();
        var takenFixes = new List<ImmutableArray<TextChange>>();
        var applied = ImmutableArray.CreateBuilder<Diagnostic>();
        var skipped = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var (diagnostic, changes) in candidates)
        {
            if (takenFixes.Any(f => f.SequenceEqual(changes)))
            {
                applied.Add(diagnostic);
                continue;
            }

            var fits = changes.All(c => c.Span.Start >= 0 && c.Span.Length >= 0 && c.Span.End <= text.Length)
                && !changes.Where((c, i) => i > 0 && changes[i - 1].Overlaps(c)).Any()
                && !changes.Any(c => taken.Any(t => t.Overlaps(c)));
            if (!fits)
            {
                skipped.Add(diagnostic);
                continue;
            }

            taken.AddRange(changes);
            takenFixes.Add(changes);
            applied.Add(diagnostic);
        }

        return new Result(taken.Count == 0 ? text : text.WithChanges(taken), applied.ToImmutable(), skipped.ToImmutable());
    }

    /// <summary>The fix's changes as they apply to <paramref name="text"/>: line breaks in new text written as the file writes them.</summary>
    public static ImmutableArray<TextChange> ChangesFor(SourceText text, DiagnosticFix fix)
    {
        var newLine = NewLineOf(text.Text);
        return [.. fix.Changes.Select(c => Normalize(c, newLine))];
    }

    private static TextChange Normalize(TextChange change, string newLine) =>
        newLine == "\n" || !change.NewText.Contains('\n') ? change : change with { NewText = change.NewText.ReplaceLineEndings(newLine) };

    private static string NewLineOf(string text)
    {
        var index = text.IndexOfAny(['\r', '\n']);
        return index < 0 || text[index] == '\n' ? "\n" : index + 1 < text.Length && text[index + 1] == '\n' ? "\r\n" : "\r";
    }
}
