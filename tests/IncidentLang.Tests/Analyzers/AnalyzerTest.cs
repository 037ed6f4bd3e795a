using IncidentLang.Diagnostics;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Analyzers;

/// <summary>Helpers for rule tests: a clean incident to modify, and exact assertions on the one diagnostic expected.</summary>
public abstract class AnalyzerTest
{
    /// <summary>The clean incident of the diagnostic cases (zero diagnostics), without its expect line.</summary>
    protected static string Clean { get; } = string.Join('\n', File.ReadAllText(Path.Combine(TestPaths.DiagnosticCases, "INC1001.inc"))
        .Replace("[|reliabilty|]", "reliability", StringComparison.Ordinal).Split('\n').Skip(1));

    protected static string Edit(string old, string replacement, string? text = null)
    {
        text ??= Clean;
        Assert.Contains(old, text, StringComparison.Ordinal);
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }

    /// <summary>Exactly one diagnostic: this ID, this message, at the <c>[|…|]</c> span.</summary>
    protected static Diagnostic AssertSingle(string marked, string id, string? message = null)
    {
        var source = MarkedSource.Parse(marked);
        var diagnostic = Assert.Single(TestCompiler.Diagnose(source.Text));
        Assert.Equal(id, diagnostic.Id);
        if (message is not null)
        {
            Assert.Equal(message, diagnostic.Message);
        }

        Assert.Equal(Assert.Single(source.Spans), diagnostic.Location.Span);
        return diagnostic;
    }

    protected static void AssertClean(string text) => Assert.Empty(TestCompiler.Diagnose(text));

    /// <summary>The text with the diagnostic's fix applied (changes from last to first, so offsets hold).</summary>
    protected static string ApplyFix(string text, Diagnostic diagnostic)
    {
        var fix = Assert.IsType<DiagnosticFix>(diagnostic.Fix);
        foreach (var change in fix.Changes.OrderByDescending(c => c.Span.Start))
        {
            text = text[..change.Span.Start] + change.NewText + text[change.Span.End..];
        }

        return text;
    }
}
