using System.Globalization;
using System.Text;

namespace IncidentLang.Benchmarks;

/// <summary>A generated incident with N sourced claims (2,000 claims ≈ 800 KB), clean of diagnostics.</summary>
public static class LargeIncident
{
    public static string Generate(int claims)
    {
        var builder = new StringBuilder();
        builder.Append("incident large {\n  title: \"A large generated incident\"\n  reported: 2025-01-10\n  summary: \"Generated for benchmarks.\"\n\n");
        for (var s = 0; s < 20; s++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  source src-{s} {{\n    name: \"Source number {s}\"\n    kind: press\n    reliability: B\n    published: 2024-11-{(s % 28) + 1:D2}\n    note: \"A note about source {s}, long enough to look like a real one written by an analyst.\"\n  }}\n\n");
            builder.Append(CultureInfo.InvariantCulture, $"  actor actor-{s} {{\n    name: \"Actor number {s}\"\n    kind: criminal\n    country: RU\n  }}\n\n");
            builder.Append(CultureInfo.InvariantCulture, $"  target target-{s} {{\n    name: \"Target number {s}\"\n    kind: organization\n    sector: telecommunications\n    country: US\n  }}\n\n");
        }

        // Two targets per claim, never the same one twice (for c a multiple of 5, 7c and 3c are equal modulo 20, so the
        // second moves by one, keeping the file's size): a list that names a target twice is INC2021.
        for (var c = 0; c < claims; c++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  claim claim-{c} {{\n    text: \"Claim {c}: the actor accessed the target's network and copied records over several weeks, according to the cited sources and to the victim's own statement to the press.\"\n    actors: [actor-{c % 20}]\n    targets: [target-{(c * 7) % 20}, target-{(c * 3 + (c % 5 == 0 ? 1 : 0)) % 20}]\n    action: access\n    confidence: moderate\n    likelihood: likely\n    sources: [src-{c % 20}, src-{(c + 1) % 20}]\n    first-seen: 2024-10\n    last-seen: 2024-11-01\n  }}\n\n");
        }

        builder.Append("}\n");
        return builder.ToString();
    }
}
