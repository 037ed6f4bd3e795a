using System.CommandLine;
using IncidentLang.LanguageServer;

namespace IncidentLang.Cli.Commands;

/// <summary><c>inc lsp</c>: the language server on stdin/stdout (JSON-RPC); logs go to stderr only.</summary>
internal static class LspCommand
{
    public static Command Create(TextWriter stderr)
    {
        var command = new Command("lsp", "Run the language server on stdin/stdout (for editors).");
        command.Options.Add(new Option<bool>("--stdio") { Description = "Use stdin/stdout (the default and only transport).", Hidden = true });
        command.SetAction(async (_, cancellationToken) =>
        {
            var server = new IncidentLanguageServer(Console.OpenStandardInput(), Console.OpenStandardOutput(), stderr);
            return await server.RunAsync(cancellationToken);
        });
        return command;
    }
}
