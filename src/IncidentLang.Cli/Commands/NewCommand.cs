using System.CommandLine;
using IncidentLang.Syntax;

namespace IncidentLang.Cli.Commands;

/// <summary><c>inc new NAME</c>: write a starter <c>NAME.inc</c> that compiles cleanly, inside the current folder (a subfolder may be named: <c>inc new reports/acme-breach</c>).</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("name") { Description = "The incident's name (an identifier such as 'acme-breach'); the file is NAME.inc." };
        var command = new Command("new", "Write a starter NAME.inc to fill in.") { name };
        command.SetAction(result =>
        {
            var text = result.GetValue(name)!;
            var fileName = text.EndsWith(".inc", StringComparison.Ordinal) ? text : text + ".inc";
            var here = Path.GetFullPath(Directory.GetCurrentDirectory());
            var full = Path.GetFullPath(fileName, here);
            if (!full.StartsWith(Path.EndsInDirectorySeparator(here) ? here : here + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                stderr.WriteLine($"inc: '{text}' is outside the current folder; inc new writes only inside it (run it from the folder the report belongs in).");
                return ExitCodes.BadUsage;
            }

            var id = Path.GetFileNameWithoutExtension(fileName);
            if (!StarterTemplate.IsValidName(id))
            {
                stderr.WriteLine($"inc: '{id}' is not a valid incident name: use letters, digits, '_' and inner '-', and not a keyword (e.g. acme-breach).");
                return ExitCodes.BadUsage;
            }

            if (File.Exists(fileName))
            {
                stderr.WriteLine($"inc: '{fileName}' already exists; not overwriting it.");
                return ExitCodes.BadUsage;
            }

            AtomicFile.Write(fileName, StarterTemplate.Render(id, DateOnly.FromDateTime(DateTime.UtcNow)));
            stdout.WriteLine($"Wrote {fileName}. Fill it in, then run: inc check {fileName}");
            return ExitCodes.Success;
        });
        return command;
    }
}
