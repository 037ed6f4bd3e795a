using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace IncidentLang.Cli;

/// <summary>
/// What <c>inc --version</c> does: prints the informational version (the version and the commit it was built from), as
/// System.CommandLine's own <c>VersionOption</c> does. Like help, it clears the parse errors of the arguments it stands in for.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(InformationalVersion());
        return ExitCodes.Success;
    }

    /// <summary>The entry assembly's informational version ("0.1.0+COMMIT"), else its version, as System.CommandLine finds it.</summary>
    private static string InformationalVersion()
    {
        var assembly = Assembly.GetEntryAssembly() ?? typeof(VersionAction).Assembly;
        return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? string.Empty;
    }
}
