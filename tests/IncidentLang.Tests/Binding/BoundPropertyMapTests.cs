using System.Collections.Frozen;
using IncidentLang.Binding;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using Xunit;

namespace IncidentLang.Tests.Binding;

/// <summary>
/// <see cref="BoundPropertyMap"/>, the array that replaced a frozen dictionary per symbol: it finds every property by its canonical
/// name, and enumerates them in the order the frozen dictionary did (the order in which an incident's outputs list the catalog
/// declarations it uses depends on it).
/// </summary>
public sealed class BoundPropertyMapTests
{
    private static IEnumerable<Symbol> Symbols()
    {
        var files = Directory.EnumerateFiles(TestPaths.Examples, "*.inc", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(TestPaths.DiagnosticCases, "*.inc"));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file).Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal);
            var compilation = Compilation.Create([SyntaxTree.Parse(text, Path.GetFileName(file))], TestCompiler.Options);
            foreach (var symbol in compilation.Bound.AllSymbols)
            {
                yield return symbol;
            }
        }
    }

    [Fact]
    public void Properties_are_enumerated_in_the_frozen_dictionarys_order_and_found_by_name()
    {
        var checkedSymbols = 0;
        foreach (var symbol in Symbols())
        {
            // The canonical names in source order (the first of duplicates), as the binder collected them.
            var written = symbol.Syntax.Properties.Select(p => symbol.Definition.FindProperty(p.Name.Text)?.Name).OfType<string>().Distinct().ToList();
            var frozen = written.ToFrozenDictionary(name => name, name => name, StringComparer.Ordinal);
            Assert.Equal(frozen.Keys, symbol.Properties.Keys);
            Assert.Equal(frozen.Keys, symbol.Properties.Values.Select(p => p.Definition.Name));
            foreach (var name in written)
            {
                Assert.Same(symbol.Properties[name], symbol.GetProperty(name));
                Assert.Equal(name, symbol.GetProperty(name)!.Definition.Name);
                Assert.True(symbol.Properties.ContainsKey(name));
            }

            Assert.Null(symbol.GetProperty("no-such-property"));
            Assert.False(symbol.Properties.TryGetValue("no-such-property", out _));
            checkedSymbols += written.Count > 2 ? 1 : 0;
        }

        Assert.True(checkedSymbols > 100, $"only {checkedSymbols} symbols with more than two properties");
    }

    [Fact]
    public void A_property_marked_in_error_keeps_its_place()
    {
        var compilation = TestCompiler.Compile("""
            incident test {
              title: "Test"
              reported: 2025-01-10
              summary: "A cycle of supersession."
              source src { name: "Source" kind: press reliability: B }
              claim a { text: "A" sources: [src] confidence: high superseded-by: b }
              claim b { text: "B" sources: [src] confidence: high superseded-by: a }
            }
            """);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "INC1021");
        var claim = compilation.Bound.Incidents.Single().Claims.First();
        var property = claim.GetProperty(ClaimProperties.SupersededBy)!;
        Assert.True(property.HasErrors);
        Assert.Empty(property.Values);
        Assert.Null(claim.SupersededBy);
        var frozen = new[] { "text", "sources", "confidence", "superseded-by" }.ToFrozenDictionary(n => n, n => n, StringComparer.Ordinal);
        Assert.Equal(frozen.Keys, claim.Properties.Keys);
    }
}
