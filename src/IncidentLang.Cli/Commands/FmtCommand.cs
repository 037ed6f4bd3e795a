using System.CommandLine;
using IncidentLang.Formatting;
using IncidentLang.Projects;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Cli.Commands;

/// <summary>
/// <c>inc fmt PATH… [--check]</c>: rewrite files in the canonical layout, keeping comments.
/// A file with syntax errors is left unchanged (and reported: exit 1). <c>--check</c> lists the
/// files that would change and exits 1 if there are any, writing nothing.
/// </summary>
internal static class FmtCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CommonOptions.Paths();
        var check = new Option<bool>("--check") { Description = "List the files that are not formatted and exit 1 if any; change nothing." };
        var command = new Command("fmt", "Rewrite .inc files in the canonical layout.") { paths, check };
        command.SetAction(result =>
        {
            var loaded = new ProjectLoader().Load(result.GetValue(paths)!);
            foreach (var path in loaded.UnreadablePaths)
            {
                stderr.WriteLine($"inc: cannot read '{path}': no such file or folder.");
            }

            var failed = false;
            foreach (var tree in loaded.Trees.Where(t => !loaded.IsCatalogOnly(t.FilePath)))
            {
                var formatted = SyntaxFormatter.Format(tree);
                if (formatted is null)
                {
                    stderr.WriteLine($"{tree.FilePath}: not formatted: it has syntax errors (run 'inc check {tree.FilePath}').");
                    failed = true;
                    continue;
                }

                if (formatted == tree.Text.Text && !HasBom(tree.FilePath))
                {
                    continue;
                }

                if (result.GetValue(check))
                {
                    stdout.WriteLine(tree.FilePath);
                    failed = true;
                }
                else
                {
                    AtomicFile.Write(tree.FilePath, formatted);
                    stdout.WriteLine("Formatted " + tree.FilePath);
                }
            }

            return !loaded.UnreadablePaths.IsEmpty ? ExitCodes.BadUsage : failed ? ExitCodes.ErrorsFound : ExitCodes.Success;
        });
        return command;
    }

    private static bool HasBom(string path)
    {
        Span<byte> head = stackalloc byte[3];
        using var stream = File.OpenRead(path);
        return stream.Read(head) == 3 && head.SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
    }
}
