using System.CommandLine;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Cli.Commands;

/// <summary><c>inc explain ID</c>: print a diagnostic's help from the descriptor table.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = "A diagnostic ID such as INC1005." };
        var command = new Command("explain", "Explain a diagnostic: what it means and how to fix it.") { id };
        command.SetAction(result =>
        {
            var text = result.GetValue(id)!;
            var descriptor = DiagnosticCatalog.Find(text);
            if (descriptor is null)
            {
                var suggestion = DiagnosticCatalog.SuggestId(text.ToUpperInvariant());
                stderr.WriteLine($"inc: unknown diagnostic ID '{text}'{Text.NameSuggester.Tail(suggestion)}");
                return ExitCodes.BadUsage;
            }

            stdout.Write(DiagnosticHelpFormatter.Format(descriptor));
            return ExitCodes.Success;
        });
        return command;
    }
}
