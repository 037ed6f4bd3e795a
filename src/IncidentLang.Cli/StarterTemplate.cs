using System.Globalization;
using IncidentLang.Syntax;

namespace IncidentLang.Cli;

/// <summary>The starter file <c>inc new</c> writes: every kind of declaration once, zero diagnostics.</summary>
internal static class StarterTemplate
{
    public static bool IsValidName(string name) => SyntaxFacts.IsValidIdentifier(name);

    public static string Render(string id, DateOnly today) => $$"""
        // {{id}}.inc: an IncidentLang incident report. Language guide: docs/language.md
        incident {{id}} {
          title: "Describe the incident in one line"
          reported: {{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}
          summary: "The bottom line up front: what happened, who is behind it, how sure we are."
          status: developing
          tlp: clear

          source first-source {
            name: "Where the information comes from"
            kind: press
            reliability: C
          }

          actor the-actor {
            name: "Who did it"
            kind: unknown
          }

          target the-target {
            name: "Who was affected"
            kind: organization
          }

          claim what-happened {
            text: "What the report asserts."
            actors: [the-actor]
            targets: [the-target]
            confidence: low
            sources: [first-source]
          }

          event {
            date: {{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}
            text: "The report was opened."
            sources: [first-source]
          }
        }

        """;
}
