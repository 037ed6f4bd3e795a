using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace IncidentLang.Cli;

/// <summary>
/// The options of <c>inc</c> itself, <c>--help</c> and <c>--version</c>, with the names, aliases, descriptions and behaviour of
/// those a System.CommandLine <c>RootCommand</c> adds. They are built here because <c>RootCommand</c> reads its two option
/// descriptions through a <c>ResourceManager</c>, whose first lookup (reflection over the assembly's attributes, then the
/// resource stream) took about 0.5 ms of every run of the native executable (docs/performance.md, "Start-up"). The texts are
/// the library's English ones; <c>HelpAndVersionTests</c> holds the help and version output to them.
/// </summary>
internal static class RootOptions
{
    /// <summary><c>--help</c> (and <c>-h</c>, <c>-?</c>, <c>/h</c>, <c>/?</c>): the help of the command it follows, on every command.</summary>
    public static Option<bool> Help() => new("--help", "-h", "/h", "-?", "/?")
    {
        Description = "Show help and usage information",
        Arity = ArgumentArity.Zero,
        Recursive = true,
        Action = new HelpAction(),
    };

    /// <summary><c>--version</c>: the informational version; bad usage when anything else is on the command line.</summary>
    public static Option<bool> Version()
    {
        var version = new Option<bool>("--version")
        {
            Description = "Show version information",
            Arity = ArgumentArity.Zero,
            Action = new VersionAction(),
        };
        version.Validators.Add(result =>
        {
            if (!result.Implicit && result.Parent is CommandResult parent && parent.Children.Any(r => r is not OptionResult other || (!other.Implicit && !ReferenceEquals(other.Option, version))))
            {
                result.AddError($"{result.IdentifierToken?.Value ?? result.Option.Name} option cannot be combined with other arguments.");
            }
        });
        return version;
    }
}
