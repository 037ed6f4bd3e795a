namespace IncidentLang.Tests.Diff;

/// <summary>A clean incident to change in small steps: each test compares it with an edited copy.</summary>
internal static class DiffSamples
{
    public const string Base = """
        incident cht {
          title: "Change Healthcare ransomware attack"
          reported: 2024-03-01
          summary: "Attackers encrypted Change Healthcare's systems."
          tlp: clear

          source wsj {
            name: "The Wall Street Journal"
            kind: press
            reliability: B
          }

          source reuters {
            name: "Reuters"
            kind: press
            reliability: B
          }

          actor alphv {
            name: "ALPHV"
            kind: criminal
          }

          target change {
            name: "Change Healthcare"
            kind: organization
          }

          vulnerability CVE-2024-1709 {
            name: "ConnectWise ScreenConnect authentication bypass"
            sources: [reuters]
          }

          indicator c2 {
            kind: ipv4
            value: "198.51.100.7"
            sources: [reuters]
          }

          claim ransomware {
            text: "ALPHV encrypted the systems of Change Healthcare."
            actors: [alphv]
            targets: [change]
            key: true
            confidence: high
            likelihood: likely
            sources: [wsj]
            techniques: [T1486]
            vulnerabilities: [CVE-2024-1709]
            indicators: [c2]
          }

          claim nation-state {
            text: "A nation state was behind the attack."
            targets: [change]
            confidence: moderate
            sources: [wsj]
          }
        }
        """;
}
