using System.CommandLine;
using IncidentLang.Cli.Commands;

namespace IncidentLang.Cli;

/// <summary>The <c>inc</c> command line: one <c>XxxCommand</c> per verb; usage errors exit 2 (docs/language.md, "Checking files").</summary>
public static class IncCommandLine
{
    public static Command CreateRootCommand(TextWriter stdout, TextWriter stderr)
    {
        // A plain command named inc, not a RootCommand: its help and version options are built without a resource lookup
        // (RootOptions), and the usage line says "inc" whatever the executable's file is called.
        var root = new Command("inc", "IncidentLang: check incident reports (.inc) and build briefings from them.") { RootOptions.Help(), RootOptions.Version() };
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(DiffCommand.Create(stdout, stderr));
        root.Subcommands.Add(FmtCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExplainCommand.Create(stdout, stderr));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(LspCommand.Create(stderr));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var root = CreateRootCommand(stdout, stderr);
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var error in parseResult.Errors)
                {
                    await stderr.WriteLineAsync("inc: " + error.Message);
                }

                await stderr.WriteLineAsync("Run 'inc --help' for usage.");
                return ExitCodes.BadUsage;
            }

            return await parseResult.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Never a stack trace for the user (INC9999, docs/diagnostics.md): report it like a diagnostic.
            await stderr.WriteLineAsync($"inc: error INC9999: Internal compiler error: {exception.GetType().Name}: {exception.Message}");
            return ExitCodes.ErrorsFound;
        }
    }
}
