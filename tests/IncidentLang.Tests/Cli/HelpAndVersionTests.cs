using System.CommandLine;
using System.Reflection;
using IncidentLang.Cli;

namespace IncidentLang.Tests.Cli;

/// <summary>
/// <c>inc --help</c>, <c>inc VERB --help</c> and <c>inc --version</c>, as a user runs them (a real process: the usage line names
/// the executable, and the version is its entry assembly's). The help lists what the command tree defines, so a verb or an
/// option added without a description, or help and version options lost, shows here.
/// </summary>
public sealed class HelpAndVersionTests
{
    private static Command Tree() => IncCommandLine.CreateRootCommand(TextWriter.Null, TextWriter.Null);

    [Fact]
    public async Task Version_prints_the_informational_version_of_inc()
    {
        var expected = typeof(IncCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var (exitCode, stdout, stderr) = await IncProcess.RunAsync("--version");

        Assert.Equal(0, exitCode);
        Assert.Equal(expected + Environment.NewLine, stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public async Task Version_with_a_verb_is_bad_usage()
    {
        var (exitCode, stdout, stderr) = await IncProcess.RunAsync("--version", "check");

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal("inc: --version option cannot be combined with other arguments." + Environment.NewLine + "Run 'inc --help' for usage." + Environment.NewLine, stderr);
    }

    [Fact]
    public async Task Help_names_inc_and_lists_every_verb_with_its_description()
    {
        var (exitCode, stdout, stderr) = await IncProcess.RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Contains("Usage:\n  inc [command] [options]\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  -?, -h, --help  Show help and usage information\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  --version       Show version information\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var verbs = Tree().Subcommands;
        Assert.Equal(["build", "check", "diff", "fmt", "explain", "new", "lsp"], verbs.Select(v => v.Name));
        foreach (var verb in verbs)
        {
            Assert.False(string.IsNullOrWhiteSpace(verb.Description), verb.Name);
            var line = Assert.Single(stdout.ReplaceLineEndings("\n").Split('\n'), l => l.StartsWith("  " + verb.Name + " ", StringComparison.Ordinal));
            Assert.EndsWith(verb.Description, line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("diff")]
    [InlineData("fmt")]
    public async Task Verb_help_lists_each_of_its_options_with_its_description(string verbName)
    {
        var verb = Tree().Subcommands.Single(v => v.Name == verbName);

        var (exitCode, stdout, stderr) = await IncProcess.RunAsync(verbName, "--help");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var lines = stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains($"  inc {verbName} ", stdout, StringComparison.Ordinal);
        foreach (var option in verb.Options)
        {
            Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{verbName} {option.Name}");
            Assert.Contains(lines, l => l.Contains(option.Name, StringComparison.Ordinal) && l.Contains(option.Description!, StringComparison.Ordinal));
        }

        Assert.Contains("  -?, -h, --help", stdout, StringComparison.Ordinal);
    }
}
