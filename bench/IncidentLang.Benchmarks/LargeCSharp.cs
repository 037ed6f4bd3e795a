using System.Globalization;
using System.Text;

namespace IncidentLang.Benchmarks;

/// <summary>
/// C# that holds the records of <see cref="LargeIncident"/> as object initializers (the same sources,
/// actors, targets and claims), cut at the same size, so Roslyn's parse rate is measured on input
/// of the same size and shape.
/// </summary>
public static class LargeCSharp
{
    public static string Generate(int claims, int size)
    {
        var builder = new StringBuilder();
        builder.Append("namespace Reports;\n\npublic static class Large\n{\n    public static readonly Incident Incident = new Incident\n    {\n        Title = \"A large generated incident\",\n        Reported = new DateOnly(2025, 1, 10),\n        Summary = \"Generated for benchmarks.\",\n    };\n\n");
        for (var s = 0; s < 20; s++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"    public static readonly Source Src{s} = new Source\n    {{\n        Name = \"Source number {s}\",\n        Kind = SourceKind.Press,\n        Reliability = 'B',\n        Published = new DateOnly(2024, 11, {(s % 28) + 1}),\n        Note = \"A note about source {s}, long enough to look like a real one written by an analyst.\",\n    }};\n\n");
            builder.Append(CultureInfo.InvariantCulture, $"    public static readonly Actor Actor{s} = new Actor\n    {{\n        Name = \"Actor number {s}\",\n        Kind = ActorKind.Criminal,\n        Country = \"RU\",\n    }};\n\n");
            builder.Append(CultureInfo.InvariantCulture, $"    public static readonly Target Target{s} = new Target\n    {{\n        Name = \"Target number {s}\",\n        Kind = TargetKind.Organization,\n        Sector = Sector.Telecommunications,\n        Country = \"US\",\n    }};\n\n");
        }

        for (var c = 0; c < claims && builder.Length < size - 600; c++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"    public static readonly Claim Claim{c} = new Claim\n    {{\n        Text = \"Claim {c}: the actor accessed the target's network and copied records over several weeks, according to the cited sources and to the victim's own statement to the press.\",\n        Actors = [Actor{c % 20}],\n        Targets = [Target{(c * 7) % 20}, Target{(c * 3 + (c % 5 == 0 ? 1 : 0)) % 20}],\n        Action = Action.Access,\n        Confidence = Confidence.Moderate,\n        Likelihood = Likelihood.Likely,\n        Sources = [Src{c % 20}, Src{(c + 1) % 20}],\n        FirstSeen = \"2024-10\",\n        LastSeen = new DateOnly(2024, 11, 1),\n    }};\n\n");
        }

        builder.Append('}').Append('\n');
        return builder.ToString();
    }
}
