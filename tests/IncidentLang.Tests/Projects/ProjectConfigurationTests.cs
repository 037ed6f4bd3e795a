using System.Text;
using IncidentLang.Projects;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Projects;

/// <summary>incidentlang.json problems are INC3001–INC3003 diagnostics with spans in the file, never exceptions.</summary>
public sealed class ProjectConfigurationTests
{
    private static ProjectConfiguration Parse(string marked, out MarkedSource source)
    {
        source = MarkedSource.Parse(marked);
        return ProjectConfiguration.Parse(Encoding.UTF8.GetBytes(source.Text), "incidentlang.json");
    }

    [Theory]
    [InlineData("{ \"catalogs\": [|\"catalog/*.inc\"|] }", "'catalogs' must be an array of glob strings")]
    [InlineData("{ [|\"catalog\"|]: [] }", "Unknown setting 'catalog'; expected 'rules', 'catalogs' or 'exclude'")]
    [InlineData("[|[]|]", "The configuration must be a JSON object")]
    [InlineData("{ \"exclude\": [\"ok\", [|3|]] }", "Each entry of 'exclude' must be a non-empty glob string")]
    [InlineData("{ \"rules\": { \"INC2003\": [|\"off\"|] } }", "The level of 'INC2003' must be \"error\", \"warning\", \"info\" or \"none\"")]
    public void INC3001_shape_errors_point_at_the_value(string marked, string message)
    {
        var config = Parse(marked, out var source);
        var diagnostic = Assert.Single(config.Diagnostics);
        Assert.Equal("INC3001", diagnostic.Id);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(Assert.Single(source.Spans), diagnostic.Location.Span);
    }

    [Fact]
    public void INC3001_invalid_json_is_a_diagnostic_with_a_position()
    {
        var config = ProjectConfiguration.Parse(Encoding.UTF8.GetBytes("{\n  \"catalogs\": [\"a\",]\n  \"x\"\n}"), "incidentlang.json");
        var diagnostic = Assert.Single(config.Diagnostics);
        Assert.Equal("INC3001", diagnostic.Id);
        Assert.StartsWith("Invalid JSON", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Location.LineSpan.Start.Line);
    }

    [Fact]
    public void INC3002_unknown_rule_id_is_a_warning_at_the_name()
    {
        var config = Parse("{ \"rules\": { [|\"INC2033\"|]: \"none\" } }", out var source);
        var diagnostic = Assert.Single(config.Diagnostics);
        Assert.Equal("INC3002", diagnostic.Id);
        Assert.Equal(IncidentLang.Diagnostics.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Unknown diagnostic ID 'INC2033'. Did you mean 'INC2003'?", diagnostic.Message);
        Assert.Equal(Assert.Single(source.Spans), diagnostic.Location.Span);
    }

    [Theory]
    [InlineData("INC1005")]
    [InlineData("INC0001")]
    [InlineData("INC2011")]
    public void INC3003_levels_that_cannot_change_are_ignored(string id)
    {
        var config = Parse($"{{ \"rules\": {{ [|\"{id}\"|]: \"none\" }} }}", out var source);
        var diagnostic = Assert.Single(config.Diagnostics);
        Assert.Equal("INC3003", diagnostic.Id);
        Assert.Equal(Assert.Single(source.Spans), diagnostic.Location.Span);
        Assert.Empty(config.Rules);
    }

    [Fact]
    public void A_valid_configuration_reads_globs_and_rules()
    {
        var config = Parse("{ \"$schema\": \"x\", \"rules\": { \"INC2003\": \"none\", \"INC1015\": \"error\" }, \"catalogs\": [\"catalog/**/*.inc\"], \"exclude\": [\"tests\"] }", out _);
        Assert.Empty(config.Diagnostics);
        Assert.Equal(2, config.Rules.Count);
        Assert.Equal("catalog/**/*.inc", Assert.Single(config.Catalogs));
        Assert.True(config.IsCatalog(Path.Combine(config.Directory, "catalog", "a", "b.inc")));
        Assert.True(config.IsCatalog(Path.Combine(config.Directory, "catalog", "b.inc")));
        Assert.False(config.IsCatalog(Path.Combine(config.Directory, "other", "b.inc")));
        Assert.False(config.IsCatalog(Path.Combine(config.Directory, "Catalog", "b.inc")));
        Assert.True(config.IsExcluded(Path.Combine(config.Directory, "tests", "x", "y.inc")));
        Assert.True(config.IsExcluded(Path.Combine(config.Directory, "tests")));
        Assert.False(config.IsExcluded(Path.Combine(config.Directory, "tests.inc")));
    }
}
