using System.Text.Json;
using IncidentLang.Emit.Json;
using IncidentLang.Tests.Infrastructure;
using Json.Schema;

namespace IncidentLang.Tests.Emit;

/// <summary>Every emitted JSON validates against schemas/incident-1.schema.json, and the schema is not vacuous.</summary>
public sealed class JsonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(TestPaths.Schemas, "incident-1.schema.json"));

    /// <summary>Validates against the schema loaded once (JsonSchema.Net registers a schema's $id globally, so it cannot be loaded twice).</summary>
    internal static EvaluationResults Evaluate(string json) =>
        Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Fact]
    public void Every_example_output_validates()
    {
        var compilation = TestCompiler.CompileFolder(TestPaths.Examples).Compilation;
        Assert.NotEmpty(compilation.Bound.Incidents);
        foreach (var incident in compilation.Bound.Incidents)
        {
            var result = Evaluate(IncidentJsonEmitter.Emit(incident));
            Assert.True(result.IsValid, incident.Name + ": " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }
    }

    [Fact]
    public void A_minimal_incident_with_anonymous_events_and_no_optional_values_validates()
    {
        var compilation = TestCompiler.Compile("incident x { title: \"t\" reported: 2025 event { date: 2024-10 text: \"e\" } }");
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == IncidentLang.Diagnostics.DiagnosticSeverity.Error);
        Assert.True(Evaluate(IncidentJsonEmitter.Emit(compilation.Bound.Incidents[0])).IsValid);
    }

    [Theory]
    [InlineData("\"title\": \"Salt Typhoon", "\"titel\": \"Salt Typhoon")]
    [InlineData("\"tlp\": \"clear\"", "\"tlp\": \"white\"")]
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": 2")]
    public void The_schema_rejects_broken_documents(string from, string to)
    {
        var compilation = TestCompiler.CompileFolder(TestPaths.Examples).Compilation;
        var json = IncidentJsonEmitter.Emit(compilation.Bound.Incidents.Single(i => i.Name == "salt-typhoon"));
        Assert.Contains(from, json, StringComparison.Ordinal);
        Assert.False(Evaluate(json.Replace(from, to, StringComparison.Ordinal)).IsValid);
    }
}
