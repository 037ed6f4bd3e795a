using IncidentLang.Cli.Reporting;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Cli;

/// <summary>The terminal excerpt under a text diagnostic.</summary>
public sealed class TextFormatTests
{
    [Fact]
    public void The_excerpt_puts_a_caret_under_the_span()
    {
        var diagnostic = TestCompiler.Diagnose("incident x {\n  title: \"t\"\n  reported: 2025-01-01\n  summary: \"s\"\n  tlp: ambr\n}\n").Single();
        var writer = new StringWriter();
        TextDiagnosticWriter.WriteExcerpt(writer, diagnostic);
        Assert.Equal("  5 |   tlp: ambr\n    |        ^^^^\n", writer.ToString().ReplaceLineEndings("\n"));
    }
}
