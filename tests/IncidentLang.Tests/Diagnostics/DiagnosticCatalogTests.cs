using IncidentLang.Analyzers.Rules;
using IncidentLang.Diagnostics;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Diagnostics;

/// <summary>docs/diagnostics.md is generated from the descriptor table; this keeps it in sync (INC_UPDATE_BASELINES=1 rewrites it).</summary>
public sealed class DiagnosticCatalogTests
{
    [Fact]
    public void Docs_diagnostics_md_is_in_sync_with_the_descriptor_table() =>
        Baseline.AssertMatches(Path.Combine(TestPaths.Docs, "diagnostics.md"), DiagnosticCatalogWriter.WriteMarkdown(DiagnosticCatalog.All));

    [Fact]
    public void Ids_are_unique_well_formed_and_documented()
    {
        Assert.Equal(DiagnosticDescriptors.All.Length + BuiltInRules.All.Sum(r => r.SupportedDiagnostics.Length), DiagnosticCatalog.All.Length);
        Assert.All(DiagnosticCatalog.All, d =>
        {
            Assert.Matches("^INC[0-9]{4}$", d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Help));
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
        });
    }

    [Theory]
    [InlineData("INC0001", false)]
    [InlineData("INC1005", false)]
    [InlineData("INC1015", true)]
    [InlineData("INC2003", true)]
    [InlineData("INC2011", false)]
    [InlineData("INC3002", true)]
    public void Only_the_levels_section_5_allows_can_be_configured(string id, bool configurable) =>
        Assert.Equal(configurable, DiagnosticCatalog.Find(id)!.IsConfigurable);
}
