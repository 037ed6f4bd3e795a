using System.Text.Json;

namespace IncidentLang.Tests.Emit;

/// <summary>The STIX mapping of the analyst's story: withdrawn and superseded claims, quantities, disputes and retractions, spans.</summary>
public sealed partial class StixEmitterTests
{
    [Fact]
    public void A_withdrawn_claim_is_revoked_and_a_superseded_one_says_by_what()
    {
        var bundle = Emit(Compile(SmallIncident(
            claimExtra: "superseded-by: breach-2",
            extra: """
                claim breach-2 { text: "The hackers breached the victim twice." actors: [hackers] targets: [victim] confidence: high sources: [news] count: 190_000_000 unit: "individuals" }
                revision { date: 2024-11-19 text: "Two breaches, not one." claims: [breach, breach-2] }
                """)));
        var relationships = Relationships(bundle).Where(r => r.GetProperty("relationship_type").GetString() == "targets").ToList();
        Assert.Equal(2, relationships.Count);
        Assert.True(relationships[0].GetProperty("revoked").GetBoolean());
        Assert.Contains("superseded-by:breach-2", relationships[0].GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.False(relationships[1].TryGetProperty("revoked", out _));
        Assert.Equal("The hackers breached the victim twice. 190,000,000 individuals.", relationships[1].GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("disputes", "opinion")]
    [InlineData("denies", "opinion")]
    [InlineData("retracts", "note")]
    [InlineData("corrects", "note")]
    public void Disputes_and_denials_are_opinions_retractions_and_corrections_are_notes(string stance, string type)
    {
        var bundle = Emit(Compile(SmallIncident(extra: $"statement s1 {{ by: victim via: news stance: {stance} text: \"We say so.\" regarding: [breach] }}")));
        Assert.Single(Objects(bundle), o => Type(o) == type && (type == "opinion" || o.GetProperty("abstract").GetString()!.StartsWith("Statement", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_event_with_an_end_is_a_span_in_its_abstract()
    {
        var bundle = Emit(Compile(SmallIncident(extra: "event { date: 2024-02-21 end: 2024-03 text: \"Outage.\" sources: [news] }")));
        var note = Assert.Single(Objects(bundle), o => Type(o) == "note" && o.GetProperty("abstract").GetString()!.StartsWith("Timeline", StringComparison.Ordinal));
        Assert.Equal("Timeline: 2024-02-21 to 2024-03", note.GetProperty("abstract").GetString());
    }
}
