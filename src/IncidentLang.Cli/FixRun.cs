using System.Collections.Immutable;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Cli;

/// <summary>
/// <c>inc check --fix</c>, in memory: apply every safe fix of every file the user named (or that
/// a named folder holds; catalog files a project only pulls in are left alone, as <c>inc fmt</c>
/// leaves them), compile again, and repeat while the new diagnostics bring fixes that change
/// something (a corrected property name can reveal a misspelt value), at most
/// <see cref="MaxRounds"/> times. So <c>--fix</c> run twice changes nothing the first run did
/// not. Files that are not valid UTF-8 are never rewritten (that would change bytes no fix
/// touched).
/// </summary>
internal sealed class FixRun
{
    public const int MaxRounds = 8;

    private FixRun(CompilationRun result, ImmutableArray<FixedFile> files, ImmutableArray<string> notValidUtf8, bool settled)
    {
        Result = result;
        Files = files;
        NotValidUtf8 = notValidUtf8;
        Settled = settled;
    }

    /// <summary>One changed file: its text before and after, and how many fixes were applied to it.</summary>
    public sealed record FixedFile(string Path, SourceText Original, SourceText Fixed, int FixCount);

    /// <summary>The compilation of the fixed texts (what remains).</summary>
    public CompilationRun Result { get; }

    /// <summary>The files whose text changed, by path.</summary>
    public ImmutableArray<FixedFile> Files { get; }

    /// <summary>Files with fixes that were left alone because their bytes are not valid UTF-8.</summary>
    public ImmutableArray<string> NotValidUtf8 { get; }

    /// <summary>False when fixes were still changing the text after <see cref="MaxRounds"/> rounds (a rule's fix is not idempotent).</summary>
    public bool Settled { get; }

    public static FixRun Apply(CompilationRun run)
    {
        var originals = run.Compilation.SyntaxTrees.ToDictionary(t => t.FilePath, t => t.Text, StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var current = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var notValidUtf8 = new SortedSet<string>(StringComparer.Ordinal);
        bool settled;
        for (var round = 0; ; round++)
        {
            var fixable = run.Diagnostics.Where(d => d.Fix is not null).ToLookup(d => d.Location.FilePath, StringComparer.Ordinal);
            var next = new Dictionary<string, FixApplier.Result>(StringComparer.Ordinal);
            foreach (var tree in run.Compilation.SyntaxTrees.Where(t => fixable.Contains(t.FilePath) && !run.Loaded.IsCatalogOnly(t.FilePath)))
            {
                if (!tree.Text.InvalidUtf8Spans.IsEmpty)
                {
                    notValidUtf8.Add(tree.FilePath);
                    continue;
                }

                var applied = FixApplier.Apply(tree.Text, fixable[tree.FilePath]);
                if (applied.Text.Text != tree.Text.Text)
                {
                    next[tree.FilePath] = applied;
                }
            }

            settled = next.Count == 0;
            if (settled || round == MaxRounds)
            {
                break;
            }

            foreach (var (path, applied) in next)
            {
                current[path] = applied.Text;
                counts[path] = counts.GetValueOrDefault(path) + applied.Applied.Length;
            }

            run = run.WithTexts(current);
        }

        var files = current
            .Where(p => p.Value.Text != originals[p.Key].Text)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new FixedFile(p.Key, originals[p.Key], p.Value, counts[p.Key]))
            .ToImmutableArray();
        return new FixRun(run, files, [.. notValidUtf8], settled);
    }
}
