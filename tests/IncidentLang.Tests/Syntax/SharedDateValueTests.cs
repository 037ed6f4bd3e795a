using IncidentLang.Syntax;
using Xunit;

namespace IncidentLang.Tests.Syntax;

/// <summary>
/// A file's tokens share one <see cref="DateValue"/> per distinct date text (docs/performance.md, "Throughput and memory of one
/// large file"); a date with a problem is read again at each occurrence, so each one reports its own diagnostic at its own place.
/// </summary>
public sealed class SharedDateValueTests
{
    [Fact]
    public void Each_occurrence_of_an_impossible_date_is_reported()
    {
        var text = "incident x {\n  title: \"t\"\n  reported: 2024-02-30\n  event e { date: 2024-02-30 }\n  event f { date: 2024-02-30 }\n}\n";
        var diagnostics = SyntaxTree.Parse(text).Diagnostics.Where(d => d.Id == "INC0006").ToList();
        Assert.Equal(3, diagnostics.Count);
        Assert.Equal(3, diagnostics.Select(d => d.Location.Span.Start).Distinct().Count());
    }

    [Fact]
    public void Repeated_dates_have_the_value_of_their_own_text()
    {
        var text = "incident x {\n  reported: 2024-02-29\n  event e { date: 2024-02-29 }\n  event f { date: 2024-03 }\n  event g { date: 2024-02-29T10:00:00Z }\n  event h { date: 2024-03 }\n}\n";
        var tokens = SyntaxTree.Parse(text).Root.DescendantTokens().Where(t => t.Kind == SyntaxKind.DateLiteralToken).ToList();
        Assert.Equal(5, tokens.Count);
        foreach (var token in tokens)
        {
            var date = Assert.IsType<DateValue>(token.Value);
            Assert.Equal(token.Text, date.Text);
            Assert.Equal(LiteralDecoder.ParseDate(token.Text, out _), date);
        }
    }
}
